package com.orderplatform.order.order;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The status updates behind {@link OrderRepository#applyAll}: each change only if its
 * order is still in the status the change starts from. Changes that share their old and
 * new status, reason and time (a chunk of imported orders settled as paid, say) go as one
 * statement per {@value #IDS_PER_STATEMENT} orders, answering the ids it moved
 * ({@code RETURNING}); on PostgreSQL a JDBC batch of one-row updates is executed row by
 * row (4.5 s of server time for the 97,000 orders of a 100,000-row import). A change of
 * its own goes by the one-row statement, in one JDBC batch with the others. On PostgreSQL
 * the many-order update is planned for its ids each time (see {@link #planForTheirIds}).
 */
final class OrderStatusUpdates {

	/**
	 * Moves an order on, provided it is still in the status it was read in. The status is
	 * compared as {@code status || ''}, which no index can answer, so that the only way
	 * to the row is its primary key: with a plain {@code status = ?} PostgreSQL's generic
	 * plan, made while the table was empty, took the status index
	 * {@code (status, created_at, id)} with both conditions (a tie on cost) and so read
	 * every entry of the status, dead ones of earlier imports included: 0.2 ms a row
	 * after one import, 0.7 ms after three (bench/NOTES.md).
	 */
	static final String UPDATE_STATUS = """
			UPDATE orders SET status = ?, status_reason = ?, updated_at = ? WHERE id = ? AND status || '' = ?""";

	/** The same update for many orders: their ids follow as an {@code IN} list. */
	static final String UPDATE_STATUSES = """
			UPDATE orders SET status = ?, status_reason = ?, updated_at = ? WHERE status || '' = ? AND id IN """;

	static final int IDS_PER_STATEMENT = 500;

	private final JdbcTemplate jdbc;

	OrderStatusUpdates(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Applies each change whose order is still in the status it starts from.
	 * @param changes at most one per order
	 * @return the changes that were applied, in the given order
	 */
	List<StatusChange> apply(List<StatusChange> changes) {
		Map<Shared, List<StatusChange>> groups = new LinkedHashMap<>();
		changes
			.forEach((change) -> groups.computeIfAbsent(Shared.of(change), (shared) -> new ArrayList<>()).add(change));
		Set<Long> moved = new HashSet<>();
		List<StatusChange> alone = new ArrayList<>();
		groups.forEach((shared, group) -> {
			if (group.size() == 1) {
				alone.addAll(group);
				return;
			}
			for (int from = 0; from < group.size(); from += IDS_PER_STATEMENT) {
				moved.addAll(updateAll(shared, group.subList(from, Math.min(group.size(), from + IDS_PER_STATEMENT))));
			}
		});
		moved.addAll(updateEach(alone));
		return changes.stream().filter((change) -> moved.contains(change.orderId())).toList();
	}

	private List<Long> updateAll(Shared shared, List<StatusChange> group) {
		planForTheirIds();
		StringJoiner ids = new StringJoiner(", ", "(", ")");
		group.forEach((change) -> ids.add("?"));
		return this.jdbc.query(UPDATE_STATUSES + ids + " RETURNING id", (statement) -> {
			statement.setString(1, shared.to().dbValue());
			statement.setString(2, shared.reason());
			statement.setTimestamp(3, shared.at());
			statement.setString(4, shared.from().dbValue());
			for (int i = 0; i < group.size(); i++) {
				statement.setLong(5 + i, group.get(i).orderId());
			}
		}, (rs, row) -> rs.getLong(1));
	}

	/**
	 * On PostgreSQL, plans this transaction's statements for their parameters: a generic
	 * plan of the many-order update made on a small table is a sequential scan (checked
	 * with {@code EXPLAIN}), which a server keeps for as long as the connection lives and
	 * no {@code ANALYZE} intervenes; a custom plan sees the table's size and reads the
	 * primary key.
	 */
	private void planForTheirIds() {
		String product = this.jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		if (SqlDialect.ofProduct(product) == SqlDialect.POSTGRESQL) {
			this.jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
		}
	}

	private List<Long> updateEach(List<StatusChange> changes) {
		if (changes.isEmpty()) {
			return List.of();
		}
		int[][] counts = this.jdbc.batchUpdate(UPDATE_STATUS, changes, changes.size(), (statement, change) -> {
			statement.setString(1, change.to().dbValue());
			statement.setString(2, change.reason());
			statement.setTimestamp(3, Timestamp.from(change.at()));
			statement.setLong(4, change.orderId());
			statement.setString(5, change.from().dbValue());
		});
		List<Long> moved = new ArrayList<>(changes.size());
		int index = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				long orderId = changes.get(index++).orderId();
				if (count == 1) {
					moved.add(orderId);
				}
			}
		}
		return moved;
	}

	/** What changes moved by one statement have in common. */
	private record Shared(OrderState from, OrderState to, String reason, Timestamp at) {

		static Shared of(StatusChange change) {
			return new Shared(Objects.requireNonNull(change.from(), "a status change starts from a status"),
					change.to(), change.reason(), Timestamp.from(change.at()));
		}

	}

}

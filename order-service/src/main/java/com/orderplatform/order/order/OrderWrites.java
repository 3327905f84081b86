package com.orderplatform.order.order;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * The statements behind {@link OrderRepository}'s writes, each written once and each run
 * for a whole batch: the orders' rows on PostgreSQL as one batch of rows whose ids were
 * taken from the sequence first; on SQLite, whose driver gives a batch no keys, a chunk
 * of one import as one batch whose ids are then read by their unique
 * {@code (batch_id, import_row_number)} in one query (other orders by one reused
 * statement, each row answering its id); JDBC batches for items and history; status
 * updates by the chunk where they share their change ({@link #updateStatuses}). Runs in
 * the repository's transaction.
 */
final class OrderWrites {

	private static final String INSERT_ORDER_ROW = """
			INSERT INTO orders (customer_email, customer_name, status, total_amount, currency, batch_id,
			    import_row_number, csv_source, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_ORDER = INSERT_ORDER_ROW + " RETURNING id";

	private static final String INSERT_ORDER_ROW_WITH_ID = """
			INSERT INTO orders (id, customer_email, customer_name, status, total_amount, currency, batch_id,
			    import_row_number, csv_source, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String RESERVE_IDS = """
			SELECT nextval(pg_get_serial_sequence('orders', 'id')) FROM generate_series(1, ?)""";

	private static final String INSERT_ITEM = """
			INSERT INTO order_items (order_id, product_name, quantity, unit_price, notes) VALUES (?, ?, ?, ?, ?)""";

	private static final String INSERT_HISTORY = """
			INSERT INTO order_status_history (order_id, from_status, to_status, reason, changed_at)
			VALUES (?, ?, ?, ?, ?)""";

	private static final int[] ITEM_TYPES = { Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR };

	private final JdbcTemplate jdbc;

	OrderWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the orders' rows in the given status; answers their ids in the same order.
	 */
	List<Long> insertOrders(List<NewOrder> orders, OrderState status, String csvSource, Instant at) {
		return this.jdbc.execute((Connection connection) -> insertOrders(connection, orders, status, csvSource, at));
	}

	/** Inserts the items of orders whose rows have the given ids (same order). */
	void insertItems(List<NewOrder> orders, List<Long> ids) {
		List<Object[]> items = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			for (OrderItem item : orders.get(i).items()) {
				items.add(new Object[] { ids.get(i), item.productName(), item.quantity(),
						item.unitPrice().longValueExact(), item.notes() });
			}
		}
		this.jdbc.batchUpdate(INSERT_ITEM, items, ITEM_TYPES);
	}

	void insertHistory(List<StatusChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT_HISTORY, changes, changes.size(), (statement, change) -> {
			statement.setLong(1, change.orderId());
			statement.setString(2, (change.from() != null) ? change.from().dbValue() : null);
			statement.setString(3, change.to().dbValue());
			statement.setString(4, change.reason());
			statement.setTimestamp(5, Timestamp.from(change.at()));
		});
	}

	private static List<Long> insertOrders(Connection connection, List<NewOrder> orders, OrderState status,
			String csvSource, Instant at) throws SQLException {
		Timestamp when = Timestamp.from(at);
		List<Long> ids = new ArrayList<>(orders.size());
		SqlDialect dialect = SqlDialect.ofProduct(connection.getMetaData().getDatabaseProductName());
		if (orders.size() > 1 && dialect == SqlDialect.SQLITE && oneImportBatch(orders)) {
			// SQLite's driver answers a batch no keys: one batch, then the ids by the
			// orders' unique (batch_id, import_row_number) in one query.
			try (PreparedStatement statement = connection.prepareStatement(INSERT_ORDER_ROW)) {
				for (NewOrder order : orders) {
					bind(statement, order, status, csvSource, when);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			return idsByImportRow(connection, orders);
		}
		if (orders.size() > 1 && dialect == SqlDialect.POSTGRESQL) {
			// The ids taken from the column's sequence first, then one batch, which the
			// driver sends as multi-row inserts (reWriteBatchedInserts): a batch that
			// answers generated keys is executed one row at a time (3 s of server time
			// for a 100,000-row import).
			ids.addAll(reserveIds(connection, orders.size()));
			try (PreparedStatement statement = connection.prepareStatement(INSERT_ORDER_ROW_WITH_ID)) {
				for (int i = 0; i < orders.size(); i++) {
					statement.setLong(1, ids.get(i));
					bind(statement, 1, orders.get(i), status, csvSource, when);
					statement.addBatch();
				}
				statement.executeBatch();
			}
			return ids;
		}
		try (PreparedStatement statement = connection.prepareStatement(INSERT_ORDER)) {
			for (NewOrder order : orders) {
				bind(statement, order, status, csvSource, when);
				try (ResultSet key = statement.executeQuery()) {
					key.next();
					ids.add(key.getLong(1));
				}
			}
		}
		return ids;
	}

	/** Whether the orders all come from one import batch, each from its own row. */
	private static boolean oneImportBatch(List<NewOrder> orders) {
		String batchId = orders.getFirst().batchId();
		return batchId != null && orders.stream()
			.allMatch(order -> batchId.equals(order.batchId()) && order.importRowNumber() != null);
	}

	/** The ids of just-saved orders of one import batch, in the orders' order. */
	private static List<Long> idsByImportRow(Connection connection, List<NewOrder> orders) throws SQLException {
		String placeholders = String.join(", ", Collections.nCopies(orders.size(), "?"));
		Map<Integer, Long> byRow = new HashMap<>();
		try (PreparedStatement query = connection
			.prepareStatement("SELECT import_row_number, id FROM orders WHERE batch_id = ? AND import_row_number IN ("
					+ placeholders + ")")) {
			query.setString(1, orders.getFirst().batchId());
			for (int i = 0; i < orders.size(); i++) {
				query.setInt(i + 2, orders.get(i).importRowNumber());
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					byRow.put(rows.getInt(1), rows.getLong(2));
				}
			}
		}
		List<Long> ids = new ArrayList<>(orders.size());
		for (NewOrder order : orders) {
			Long id = byRow.get(order.importRowNumber());
			if (id == null) {
				throw new IllegalStateException("Order of row " + order.importRowNumber() + " of batch "
						+ order.batchId() + " not found right after it was saved");
			}
			ids.add(id);
		}
		return ids;
	}

	private static void bind(PreparedStatement statement, NewOrder order, OrderState status, String csvSource,
			Timestamp when) throws SQLException {
		bind(statement, 0, order, status, csvSource, when);
	}

	/** Binds an order's columns after the first {@code offset} parameters. */
	private static void bind(PreparedStatement statement, int offset, NewOrder order, OrderState status,
			String csvSource, Timestamp when) throws SQLException {
		statement.setString(offset + 1, order.customerEmail());
		statement.setString(offset + 2, order.customerName());
		statement.setString(offset + 3, status.dbValue());
		statement.setLong(offset + 4, order.totalAmount().longValueExact());
		statement.setString(offset + 5, order.currency());
		statement.setString(offset + 6, order.batchId());
		statement.setObject(offset + 7, order.importRowNumber(), Types.INTEGER);
		statement.setString(offset + 8, csvSource);
		statement.setTimestamp(offset + 9, when);
		statement.setTimestamp(offset + 10, when);
	}

	/** Takes ids for new orders from the sequence of their column, in ascending order. */
	private static List<Long> reserveIds(Connection connection, int count) throws SQLException {
		List<Long> ids = new ArrayList<>(count);
		try (PreparedStatement statement = connection.prepareStatement(RESERVE_IDS)) {
			statement.setInt(1, count);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		Collections.sort(ids);
		return ids;
	}

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

	/**
	 * Applies each change whose order is still in the status it starts from. Changes that
	 * share their old and new status, reason and time (a chunk of imported orders settled
	 * as paid, say) go as one statement per {@value #IDS_PER_STATEMENT} orders, answering
	 * the ids it moved ({@code RETURNING}); on PostgreSQL a JDBC batch of one-row updates
	 * is executed row by row (4.5 s of server time for the 97,000 orders of a 100,000-row
	 * import), and the many-order update is planned for its ids each time
	 * ({@link #planForTheirIds}). A change of its own goes by the one-row statement, in
	 * one JDBC batch with the others.
	 * @param changes at most one per order
	 * @return the changes that were applied, in the given order
	 */
	List<StatusChange> updateStatuses(List<StatusChange> changes) {
		Map<Shared, List<StatusChange>> groups = new LinkedHashMap<>();
		changes
			.forEach((change) -> groups.computeIfAbsent(Shared.of(change), (shared) -> new ArrayList<>()).add(change));
		Set<Long> moved = new HashSet<>();
		List<StatusChange> alone = new ArrayList<>();
		if (groups.values().stream().anyMatch((group) -> group.size() > 1)) {
			planForTheirIds();
		}
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

package com.orderplatform.order.order;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code order_stats} in step with {@code orders}: the number and total of the
 * orders placed in each quarter hour (UTC) that are in each status now, so the figures of
 * {@code GET /api/v1/orders/stats} cost a few hundred rows whatever the number of orders.
 * <p>
 * Every batch of inserts and status changes of {@link OrderRepository} adds its changes
 * to the current transaction; they are summed and written just before it commits, one
 * upsert per quarter hour and status in key order. So a chunk of a thousand orders costs
 * a handful of statements, the figures commit (or roll back) with the orders, and two
 * transactions always lock the rows they share in the same order, which on PostgreSQL
 * keeps them from deadlocking.
 */
@Component
public class OrderStatsRollup {

	/** A quarter hour in milliseconds: every time zone's offset is a multiple of it. */
	public static final long QUARTER_HOUR_MILLIS = 900_000L;

	private static final String UPSERT = """
			INSERT INTO order_stats (quarter_hour, status, order_count, total_amount) VALUES (?, ?, ?, ?)
			ON CONFLICT (quarter_hour, status) DO UPDATE SET
			    order_count = order_stats.order_count + excluded.order_count,
			    total_amount = order_stats.total_amount + excluded.total_amount""";

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	OrderStatsRollup(JdbcTemplate jdbc, JdbcClient client) {
		this.jdbc = jdbc;
		this.client = client;
	}

	/**
	 * The quarter hour (since 1970-01-01T00:00Z) an instant falls in: the key the figures
	 * are kept and read by.
	 * @param at the instant
	 * @return its quarter hour
	 */
	public static long quarterHour(Instant at) {
		return Math.floorDiv(at.toEpochMilli(), QUARTER_HOUR_MILLIS);
	}

	/** An order was saved, in the given status. */
	void placed(Instant createdAt, OrderState status, long total) {
		pending().add(quarterHour(createdAt), status, 1, total);
	}

	/**
	 * Saved orders moved: each change's order leaves its old status and enters the new
	 * one, in the quarter hour it was placed in (read with one query for all).
	 */
	void moved(List<StatusChange> applied) {
		if (applied.isEmpty()) {
			return;
		}
		Map<Long, Placed> placed = new HashMap<>();
		this.client.sql("SELECT id, created_at, total_amount FROM orders WHERE id IN (:ids)")
			.param("ids", applied.stream().map(StatusChange::orderId).toList())
			.query((ResultSet rs) -> {
				placed.put(rs.getLong("id"),
						new Placed(rs.getTimestamp("created_at").toInstant(), rs.getLong("total_amount")));
			});
		Changes changes = pending();
		for (StatusChange change : applied) {
			Placed order = placed.get(change.orderId());
			changes.add(quarterHour(order.createdAt()), change.from(), -1, -order.total());
			changes.add(quarterHour(order.createdAt()), change.to(), 1, order.total());
		}
	}

	/** What the figures need of a saved order: when it was placed and its total. */
	private record Placed(Instant createdAt, long total) {
	}

	/**
	 * The changes of the current transaction, registered to be written before it commits
	 * on first use.
	 */
	private Changes pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Orders are written in a transaction, so their figures commit with them");
		}
		Changes changes = (Changes) TransactionSynchronizationManager.getResource(this);
		if (changes == null) {
			Changes fresh = new Changes();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					write(fresh);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(OrderStatsRollup.this);
				}

			});
			changes = fresh;
		}
		return changes;
	}

	private void write(Changes changes) {
		List<Object[]> rows = new ArrayList<>();
		changes.sums.forEach((key, sum) -> {
			if (sum[0] != 0 || sum[1] != 0) {
				rows.add(new Object[] { key.quarterHour(), key.status().dbValue(), sum[0], sum[1] });
			}
		});
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(UPSERT, rows);
		}
	}

	/** One transaction's changes by quarter hour and status, in key order. */
	private static final class Changes {

		private final Map<Key, long[]> sums = new TreeMap<>();

		void add(long quarterHour, OrderState status, long count, long total) {
			long[] sum = this.sums.computeIfAbsent(new Key(quarterHour, status), key -> new long[2]);
			sum[0] += count;
			sum[1] = Math.addExact(sum[1], total);
		}

	}

	/** A row of {@code order_stats}, ordered as its primary key (status by name). */
	private record Key(long quarterHour, OrderState status) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			int byQuarter = Long.compare(this.quarterHour, other.quarterHour);
			return (byQuarter != 0) ? byQuarter : this.status.dbValue().compareTo(other.status.dbValue());
		}

	}

}

package com.orderplatform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Puts many orders straight into the order service's database with JDBC batches, as
 * {@code orders}, {@code order_items} and the {@code order_stats} rollup the service
 * keeps (the same quarter hours, statuses and upsert), so the figures and the export can
 * be measured at a size an import would take hours to reach. The service runs meanwhile
 * (its migrations made the tables); it is idle. Deterministic for a seed. Orders carry no
 * status history and no payments: neither figures nor export read them.
 */
final class OrderDataLoader {

	private static final String[] STATUSES = { "pending", "payment_processing", "paid", "shipped", "delivered",
			"cancelled" };

	/** Per mille of each status above: mostly charged, as an operations day looks. */
	private static final int[] STATUS_SHARES = { 60, 10, 600, 200, 100, 30 };

	private static final int BATCH = 5_000;

	/**
	 * Orders per transaction: keeps SQLite's write-ahead log and PostgreSQL's memory
	 * small.
	 */
	private static final int COMMIT = 100_000;

	private static final long QUARTER_HOUR_MILLIS = 900_000;

	/**
	 * What to load.
	 *
	 * @param orders how many orders in all
	 * @param exportOrders how many of them (the newest) form the import batch the export
	 * measures
	 * @param exportBatch that batch's id
	 * @param end the newest order's time
	 * @param span how far back the other orders go
	 * @param seed the random seed
	 */
	record Plan(int orders, int exportOrders, String exportBatch, Instant end, Duration span, long seed) {
	}

	/**
	 * What was loaded, to check the service's answers against.
	 *
	 * @param orders orders written
	 * @param items items written
	 * @param exportItems items of the export batch's orders (the export's rows)
	 * @param seconds how long it took
	 */
	record Loaded(long orders, long items, long exportItems, double seconds) {
	}

	private OrderDataLoader() {
	}

	static Loaded load(String url, String user, String password, Plan plan) {
		long start = System.nanoTime();
		boolean postgres = url.startsWith("jdbc:postgresql:");
		try (Connection connection = DriverManager.getConnection(postgres ? url + "&reWriteBatchedInserts=true" : url,
				user, password)) {
			if (!postgres) {
				try (Statement pragma = connection.createStatement()) {
					pragma.execute("PRAGMA synchronous=OFF");
				}
			}
			connection.setAutoCommit(false);
			long firstId = nextId(connection);
			Loaded loaded = insert(connection, plan, firstId);
			if (postgres) {
				try (Statement sequences = connection.createStatement()) {
					sequences
						.execute("SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT MAX(id) FROM orders))");
					sequences.execute(
							"SELECT setval(pg_get_serial_sequence('order_items', 'id'), (SELECT MAX(id) FROM order_items))");
					sequences.execute("ANALYZE orders");
					sequences.execute("ANALYZE order_items");
				}
			}
			connection.commit();
			return new Loaded(loaded.orders(), loaded.items(), loaded.exportItems(), ImportBench.seconds(start));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading " + plan.orders() + " orders failed: " + ex.getMessage(), ex);
		}
	}

	private static long nextId(Connection connection) throws SQLException {
		try (Statement max = connection.createStatement();
				var rs = max.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM orders")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Loaded insert(Connection connection, Plan plan, long firstId) throws SQLException {
		Random random = new Random(plan.seed());
		Map<String, long[]> stats = new TreeMap<>();
		long items = 0;
		long exportItems = 0;
		long itemId = firstItemId(connection);
		try (PreparedStatement orders = connection.prepareStatement("""
				INSERT INTO orders (id, customer_email, customer_name, status, total_amount, currency, batch_id,
				    created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'JPY', ?, ?, ?)""");
				PreparedStatement lines = connection.prepareStatement("""
						INSERT INTO order_items (id, order_id, product_name, quantity, unit_price, notes)
						VALUES (?, ?, ?, ?, ?, ?)""")) {
			for (int i = 0; i < plan.orders(); i++) {
				boolean exported = i >= plan.orders() - plan.exportOrders();
				Instant at = exported ? plan.end().minusMillis(plan.orders() - i)
						: plan.end()
							.minus(plan.span())
							.plusMillis((long) (random.nextDouble() * plan.span().toMillis()));
				String status = status(random);
				int count = 1 + ((random.nextInt(10) < 7) ? 0 : 1 + random.nextInt(2));
				long total = 0;
				long id = firstId + i;
				for (int line = 0; line < count; line++) {
					int quantity = 1 + random.nextInt(5);
					int price = 100 * (1 + random.nextInt(500));
					total += (long) quantity * price;
					lines.setLong(1, itemId++);
					lines.setLong(2, id);
					lines.setString(3, "商品" + random.nextInt(2_000));
					lines.setInt(4, quantity);
					lines.setLong(5, price);
					lines.setString(6, (random.nextInt(20) == 0) ? "法人割引適用" : null);
					lines.addBatch();
				}
				items += count;
				exportItems += exported ? count : 0;
				Timestamp when = Timestamp.from(at);
				orders.setLong(1, id);
				orders.setString(2, "customer" + random.nextInt(50_000) + "@example.co.jp");
				orders.setString(3, "顧客" + random.nextInt(50_000));
				orders.setString(4, status);
				orders.setLong(5, total);
				orders.setString(6, exported ? plan.exportBatch() : null);
				orders.setTimestamp(7, when);
				orders.setTimestamp(8, when);
				orders.addBatch();
				long[] sum = stats.computeIfAbsent(Math.floorDiv(at.toEpochMilli(), QUARTER_HOUR_MILLIS) + " " + status,
						key -> new long[2]);
				sum[0]++;
				sum[1] += total;
				if ((i + 1) % BATCH == 0 || i == plan.orders() - 1) {
					orders.executeBatch();
					lines.executeBatch();
				}
				if ((i + 1) % COMMIT == 0) {
					connection.commit();
				}
			}
		}
		writeStats(connection, stats);
		return new Loaded(plan.orders(), items, exportItems, 0);
	}

	private static long firstItemId(Connection connection) throws SQLException {
		try (Statement max = connection.createStatement();
				var rs = max.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM order_items")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static String status(Random random) {
		int roll = random.nextInt(1_000);
		for (int i = 0; i < STATUSES.length; i++) {
			roll -= STATUS_SHARES[i];
			if (roll < 0) {
				return STATUSES[i];
			}
		}
		return STATUSES[STATUSES.length - 1];
	}

	/**
	 * The rollup rows, added to what the service already counted, as the service adds.
	 */
	private static void writeStats(Connection connection, Map<String, long[]> stats) throws SQLException {
		try (PreparedStatement upsert = connection.prepareStatement("""
				INSERT INTO order_stats (quarter_hour, status, order_count, total_amount) VALUES (?, ?, ?, ?)
				ON CONFLICT (quarter_hour, status) DO UPDATE SET
				    order_count = order_stats.order_count + excluded.order_count,
				    total_amount = order_stats.total_amount + excluded.total_amount""")) {
			for (Map.Entry<String, long[]> entry : stats.entrySet()) {
				String[] key = entry.getKey().split(" ");
				upsert.setLong(1, Long.parseLong(key[0]));
				upsert.setString(2, key[1]);
				upsert.setLong(3, entry.getValue()[0]);
				upsert.setLong(4, entry.getValue()[1]);
				upsert.addBatch();
			}
			upsert.executeBatch();
		}
	}

}

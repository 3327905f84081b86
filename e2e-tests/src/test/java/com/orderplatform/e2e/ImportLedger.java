package com.orderplatform.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import com.orderplatform.testsupport.GatewayLedger;
import org.sqlite.SQLiteConfig;

/**
 * What an import left in the three services' databases, read straight from their SQLite
 * files (read-only, while the services run), so a test compares the job's counters with
 * the rows that really exist.
 *
 * @param orders the job's orders: id → total in yen
 * @param ordersByStatus the job's orders per status
 * @param pendingWithoutReason the job's pending orders without a {@code status_reason}
 * @param pendingReasons the job's pending orders: id → {@code status_reason}
 * @param items the order items of the job's orders
 * @param stagedRowsWithOrder the job's staged rows that point at an order
 * @param payments the payments of the job's orders: order id → amount (one row per order)
 * @param paymentsByStatus those payments per status
 * @param paymentFailures the failed payments of the job's orders: order id → reason
 * @param paymentsOfBatch payments carrying the job's batch id
 * @param confirmations the job's ORDER_CONFIRMATION notifications
 * @param confirmedOrders the distinct orders among them
 * @param gatewayCharges the charges the payment gateway approved for the job's orders:
 * order id → number of charges, read from its charge ledger ({@link GatewayLedger}); an
 * order never charged is absent. Unlike the payment rows, which {@code UNIQUE (order_id)}
 * keeps single, this is where a double charge would show
 */
record ImportLedger(Map<Long, Long> orders, Map<String, Long> ordersByStatus, long pendingWithoutReason,
		Map<Long, String> pendingReasons, long items, long stagedRowsWithOrder, Map<Long, Long> payments,
		Map<String, Long> paymentsByStatus, Map<Long, String> paymentFailures, long paymentsOfBatch, long confirmations,
		long confirmedOrders, Map<Long, Integer> gatewayCharges) {

	long orders(String status) {
		return this.ordersByStatus.getOrDefault(status, 0L);
	}

	long payments(String status) {
		return this.paymentsByStatus.getOrDefault(status, 0L);
	}

	/**
	 * How many charges the gateway approved for the job's orders in all.
	 * @return the sum over its orders
	 */
	long gatewayChargeTotal() {
		return this.gatewayCharges.values().stream().mapToLong(Integer::longValue).sum();
	}

	long orderTotal() {
		return this.orders.values().stream().mapToLong(Long::longValue).sum();
	}

	/**
	 * Reads the ledger of one import.
	 * @param platform the platform whose data directory holds the databases
	 * @param job the job (its id is the orders' and payments' batch id)
	 * @return the ledger
	 */
	static ImportLedger read(Platform platform, String job) {
		try (Connection orderDb = open(platform.dataDir.resolve("order_service.db"));
				Connection paymentDb = open(platform.dataDir.resolve("payment_service.db"));
				Connection notificationDb = open(platform.dataDir.resolve("notification_service.db"))) {
			return read(orderDb, paymentDb, notificationDb, job,
					GatewayLedger.of("jdbc:sqlite:" + platform.dataDir.resolve("payment_service.db"), null, null));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the databases in " + platform.dataDir, ex);
		}
	}

	/**
	 * Reads the ledger of one import from the three services' databases, whichever engine
	 * holds them (the SQLite files of one machine, a cluster's PostgreSQL).
	 * @param orderDb the order service's database
	 * @param paymentDb the payment service's database
	 * @param notificationDb the notification service's database
	 * @param job the job
	 * @param gateway the payment gateway's charge ledger
	 * @return the ledger
	 * @throws SQLException if a database cannot be read
	 */
	static ImportLedger read(Connection orderDb, Connection paymentDb, Connection notificationDb, String job,
			GatewayLedger gateway) throws SQLException {
		Map<Long, Long> orders = longMap(orderDb, "SELECT id, total_amount FROM orders WHERE batch_id = ?", job);
		Map<String, Long> byStatus = stringMap(orderDb,
				"SELECT status, COUNT(*) FROM orders WHERE batch_id = ? GROUP BY status", job);
		long pendingWithoutReason = count(orderDb,
				"SELECT COUNT(*) FROM orders WHERE batch_id = ? AND status = 'pending' AND status_reason IS NULL", job);
		Map<Long, String> pendingReasons = new HashMap<>();
		try (PreparedStatement statement = orderDb
			.prepareStatement("SELECT id, status_reason FROM orders WHERE batch_id = ? AND status = 'pending'")) {
			statement.setString(1, job);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (rows.getString(2) != null) {
						pendingReasons.put(rows.getLong(1), rows.getString(2));
					}
				}
			}
		}
		long items = count(orderDb,
				"SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.batch_id = ?", job);
		long staged = count(orderDb, "SELECT COUNT(*) FROM import_rows WHERE job_id = ? AND order_id IS NOT NULL", job);
		Map<Long, Long> payments = new HashMap<>();
		Map<String, Long> paymentsByStatus = new HashMap<>();
		Map<Long, String> failures = new HashMap<>();
		readPayments(paymentDb, orders, payments, paymentsByStatus, failures);
		long ofBatch = count(paymentDb, "SELECT COUNT(*) FROM payments WHERE batch_id = ?", job);
		long confirmations = count(notificationDb,
				"SELECT COUNT(*) FROM notifications WHERE batch_id = ? AND template_name = 'ORDER_CONFIRMATION'", job);
		long confirmed = count(notificationDb, "SELECT COUNT(DISTINCT order_id) FROM notifications"
				+ " WHERE batch_id = ? AND template_name = 'ORDER_CONFIRMATION'", job);
		return new ImportLedger(orders, byStatus, pendingWithoutReason, pendingReasons, items, staged, payments,
				paymentsByStatus, failures, ofBatch, confirmations, confirmed, gatewayCharges(gateway, orders));
	}

	/** The gateway's charges of the given orders, from one machine's payment database. */
	static Map<Long, Integer> gatewayCharges(Platform platform, Map<Long, ?> orders) {
		return gatewayCharges(
				GatewayLedger.of("jdbc:sqlite:" + platform.dataDir.resolve("payment_service.db"), null, null), orders);
	}

	/** The gateway's charges of the given orders, from its charge ledger. */
	static Map<Long, Integer> gatewayCharges(GatewayLedger gateway, Map<Long, ?> orders) {
		Map<Long, Integer> charges = new HashMap<>();
		gateway.chargesPerOrder().forEach((order, count) -> {
			long orderId = Long.parseLong(order);
			if (orders.containsKey(orderId)) {
				charges.put(orderId, count);
			}
		});
		return charges;
	}

	/** Every payment row of the job's orders, whatever batch made it. */
	private static void readPayments(Connection paymentDb, Map<Long, Long> orders, Map<Long, Long> payments,
			Map<String, Long> byStatus, Map<Long, String> failures) throws SQLException {
		try (PreparedStatement statement = paymentDb.prepareStatement(
				"SELECT order_id, amount, status, failure_reason FROM payments WHERE order_id BETWEEN ? AND ?")) {
			statement.setLong(1, orders.keySet().stream().mapToLong(Long::longValue).min().orElse(0));
			statement.setLong(2, orders.keySet().stream().mapToLong(Long::longValue).max().orElse(-1));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					long orderId = rows.getLong(1);
					if (orders.containsKey(orderId)) {
						if (payments.put(orderId, rows.getLong(2)) != null) {
							throw new IllegalStateException("Order " + orderId + " has two payment rows");
						}
						byStatus.merge(rows.getString(3), 1L, Long::sum);
						if ("failed".equals(rows.getString(3))) {
							failures.put(orderId, rows.getString(4));
						}
					}
				}
			}
		}
	}

	private static Connection open(Path file) throws SQLException {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		config.setBusyTimeout(10_000);
		return config.createConnection("jdbc:sqlite:" + file);
	}

	private static long count(Connection db, String sql, String job) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, job);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	private static Map<Long, Long> longMap(Connection db, String sql, String job) throws SQLException {
		Map<Long, Long> map = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, job);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					map.put(rows.getLong(1), rows.getLong(2));
				}
			}
		}
		return map;
	}

	private static Map<String, Long> stringMap(Connection db, String sql, String job) throws SQLException {
		Map<String, Long> map = new HashMap<>();
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			statement.setString(1, job);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					map.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return map;
	}

}

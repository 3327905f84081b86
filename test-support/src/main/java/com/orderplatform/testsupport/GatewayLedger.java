package com.orderplatform.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payment gateway's charge ledger as a test reads it: the {@code gateway_charges}
 * table of a payment database, one row per charge the (simulated) gateway approved, each
 * under its idempotency key. "Never charged twice" is checked here, at the gateway, and
 * not on the payment rows, which {@code UNIQUE (order_id)} keeps single whatever happened
 * at the gateway: an order charged under two keys (a charge sent again with a new key
 * after a crash, or by a second instance) shows up as two rows.
 * <p>
 * Every method reads the table afresh over a new JDBC connection, so it can be called
 * while the payment service runs (SQLite in WAL mode, or PostgreSQL). The JDBC driver of
 * the URL must be on the caller's class path.
 */
public final class GatewayLedger {

	private final String jdbcUrl;

	private final String user;

	private final String password;

	private GatewayLedger(String jdbcUrl, String user, String password) {
		this.jdbcUrl = jdbcUrl;
		this.user = user;
		this.password = password;
	}

	/**
	 * The ledger of one payment database.
	 * @param jdbcUrl the database, e.g. {@code jdbc:sqlite:/data/payment_service.db} or
	 * {@code jdbc:postgresql://127.0.0.1:5432/payment}
	 * @param user the database user, {@code null} for SQLite
	 * @param password the password, {@code null} for SQLite
	 * @return the ledger
	 */
	public static GatewayLedger of(String jdbcUrl, String user, String password) {
		return new GatewayLedger(jdbcUrl, user, password);
	}

	/**
	 * How many charges the gateway approved per order.
	 * @return order id (as text) → number of approved charges, for every order charged at
	 * least once, in ascending order id
	 */
	public Map<String, Integer> chargesPerOrder() {
		Map<String, Integer> perOrder = new LinkedHashMap<>();
		query("SELECT order_id, COUNT(*) FROM gateway_charges GROUP BY order_id ORDER BY order_id",
				(rows) -> perOrder.put(Long.toString(rows.getLong(1)), rows.getInt(2)));
		return perOrder;
	}

	/**
	 * How many charges the gateway approved in all.
	 * @return the number of rows
	 */
	public int total() {
		int[] total = new int[1];
		query("SELECT COUNT(*) FROM gateway_charges", (rows) -> total[0] = rows.getInt(1));
		return total[0];
	}

	/**
	 * The orders the gateway charged more than once: what must never happen.
	 * @return their ids (as text), ascending; empty when no order was charged twice
	 */
	public List<String> chargedMoreThanOnce() {
		return chargesPerOrder().entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 1)
			.map(Map.Entry::getKey)
			.toList();
	}

	private void query(String sql, RowReader reader) {
		try (Connection connection = (this.user != null)
				? DriverManager.getConnection(this.jdbcUrl, this.user, this.password)
				: DriverManager.getConnection(this.jdbcUrl);
				PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				reader.read(rows);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the charge ledger at " + this.jdbcUrl, ex);
		}
	}

	@FunctionalInterface
	private interface RowReader {

		void read(ResultSet rows) throws SQLException;

	}

}

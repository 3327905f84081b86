package com.orderplatform.payment.payment.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Calendar;

import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentAttempt;
import com.orderplatform.payment.payment.PaymentState;

/**
 * How a payment maps to a row of {@code payments}: the columns, the insert and the
 * conditional update, and the values bound to them. Amounts are whole yen
 * ({@code BIGINT}); times are bound as {@link Timestamp}s.
 * <p>
 * Values are bound by position and read by column index, with no map per row: a batch
 * payment writes and reads a thousand rows at a time (issue #14). The column lists and
 * the binders below must stay in step; the repository tests read every column back.
 */
final class PaymentRows {

	/** The columns every query selects, in the order {@link #map} reads them. */
	static final String COLUMNS = "id, order_id, amount, currency, status, payment_method, transaction_id, "
			+ "failure_reason, batch_id, created_at, updated_at";

	/** Bound by {@link #bindInsert}. */
	static final String INSERT = """
			INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
			                      failure_reason, batch_id, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * Changes a payment only if it is still in the state it was read in; bound by
	 * {@link #bindUpdate}.
	 */
	static final String UPDATE = """
			UPDATE payments
			SET amount = ?, status = ?, payment_method = ?, transaction_id = ?, failure_reason = ?, batch_id = ?,
			    updated_at = ?
			WHERE id = ? AND status = ?""";

	private PaymentRows() {
	}

	/**
	 * Binds the ten values of {@link #INSERT}.
	 * @param statement the statement
	 * @param payment the payment
	 * @param calendar a calendar in the default time zone, the one the drivers use when
	 * given none; passed so that the SQLite driver does not make one per value
	 * @throws SQLException from the driver
	 */
	static void bindInsert(PreparedStatement statement, Payment payment, Calendar calendar) throws SQLException {
		statement.setLong(1, payment.orderId());
		statement.setLong(2, payment.amount().longValueExact());
		setString(statement, 3, payment.currency());
		statement.setString(4, payment.state().columnValue());
		setString(statement, 5, payment.paymentMethod());
		setString(statement, 6, payment.transactionId());
		setString(statement, 7, payment.failureReason());
		setString(statement, 8, payment.batchId());
		statement.setTimestamp(9, Timestamp.from(payment.createdAt()), calendar);
		statement.setTimestamp(10, Timestamp.from(payment.updatedAt()), calendar);
	}

	/**
	 * Binds the nine values of {@link #UPDATE}.
	 * @param statement the statement
	 * @param payment the changed payment
	 * @param readInState the state it was read in
	 * @param calendar as for {@link #bindInsert}
	 * @return the index of the next parameter, for a condition appended to the update
	 * @throws SQLException from the driver
	 */
	static int bindUpdate(PreparedStatement statement, Payment payment, PaymentState readInState, Calendar calendar)
			throws SQLException {
		statement.setLong(1, payment.amount().longValueExact());
		statement.setString(2, payment.state().columnValue());
		setString(statement, 3, payment.paymentMethod());
		setString(statement, 4, payment.transactionId());
		setString(statement, 5, payment.failureReason());
		setString(statement, 6, payment.batchId());
		statement.setTimestamp(7, Timestamp.from(payment.updatedAt()), calendar);
		statement.setLong(8, payment.id());
		statement.setString(9, readInState.columnValue());
		return 10;
	}

	static void setString(PreparedStatement statement, int index, String value) throws SQLException {
		if (value != null) {
			statement.setString(index, value);
		}
		else {
			statement.setNull(index, Types.VARCHAR);
		}
	}

	/**
	 * Reads a payment from a row of a query that selects {@link #COLUMNS}.
	 * @param rs the result set on the row
	 * @param row the row number
	 * @return the payment
	 * @throws SQLException from the driver
	 */
	static Payment map(ResultSet rs, int row) throws SQLException {
		PaymentAttempt attempt = new PaymentAttempt(BigDecimal.valueOf(rs.getLong(3)), rs.getString(6), rs.getString(7),
				rs.getString(8), rs.getString(9));
		return new Payment(rs.getLong(1), rs.getLong(2), rs.getString(4), attempt,
				PaymentState.fromColumn(rs.getString(5)), rs.getTimestamp(10).toInstant(),
				rs.getTimestamp(11).toInstant());
	}

}

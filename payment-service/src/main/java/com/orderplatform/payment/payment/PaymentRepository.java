package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.orderplatform.payment.api.PaymentStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores payments in the {@code payments} table. Amounts are whole yen; updates are
 * conditional on the state they were read in, so two requests racing on one payment
 * cannot both win.
 */
@Repository
class PaymentRepository {

	private static final String COLUMNS = "id, order_id, amount, currency, status, payment_method, transaction_id, "
			+ "failure_reason, created_at, updated_at";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a new payment.
	 * @param payment the payment, not stored yet
	 * @return the payment with its id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the order
	 * already has a payment
	 */
	Payment insert(Payment payment) {
		long id = this.jdbc.sql("""
				INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
				                      failure_reason, created_at, updated_at)
				VALUES (:orderId, :amount, :currency, :status, :method, :transactionId, :failureReason,
				        :createdAt, :updatedAt)
				RETURNING id""")
			.param("orderId", payment.orderId())
			.param("amount", payment.amount().longValueExact())
			.param("currency", payment.currency())
			.param("status", payment.state().columnValue())
			.param("method", payment.paymentMethod())
			.param("transactionId", payment.transactionId())
			.param("failureReason", payment.failureReason())
			.param("createdAt", Timestamp.from(payment.createdAt()))
			.param("updatedAt", Timestamp.from(payment.updatedAt()))
			.query(Long.class)
			.single();
		return payment.withId(id);
	}

	/**
	 * Stores a payment's changes, provided it is still in the state it was read in.
	 * @param payment the changed payment
	 * @param readInState the state it had when it was read
	 * @return {@code false} when another request changed it in the meantime
	 */
	boolean update(Payment payment, PaymentState readInState) {
		int rows = this.jdbc.sql("""
				UPDATE payments
				SET amount = :amount, status = :status, payment_method = :method, transaction_id = :transactionId,
				    failure_reason = :failureReason, updated_at = :updatedAt
				WHERE id = :id AND status = :readInState""")
			.param("amount", payment.amount().longValueExact())
			.param("status", payment.state().columnValue())
			.param("method", payment.paymentMethod())
			.param("transactionId", payment.transactionId())
			.param("failureReason", payment.failureReason())
			.param("updatedAt", Timestamp.from(payment.updatedAt()))
			.param("id", payment.id())
			.param("readInState", readInState.columnValue())
			.update();
		return rows == 1;
	}

	Optional<Payment> findById(long id) {
		return findOne("id", id);
	}

	Optional<Payment> findByOrderId(long orderId) {
		return findOne("order_id", orderId);
	}

	Optional<Payment> findByTransactionId(String transactionId) {
		return findOne("transaction_id", transactionId);
	}

	/**
	 * One page of payments, newest first.
	 * @param status only payments in this status, or {@code null} for all
	 * @param skip how many to skip
	 * @param limit how many at most
	 * @return the page
	 */
	List<Payment> findPage(PaymentStatus status, int skip, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM payments" + where(status)
					+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("status", columnValue(status))
			.param("limit", limit)
			.param("skip", skip)
			.query(PaymentRepository::map)
			.list();
	}

	long count(PaymentStatus status) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payments" + where(status))
			.param("status", columnValue(status))
			.query(Long.class)
			.single();
	}

	private Optional<Payment> findOne(String column, Object value) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE " + column + " = :value")
			.param("value", value)
			.query(PaymentRepository::map)
			.optional();
	}

	private static String where(PaymentStatus status) {
		return (status != null) ? " WHERE status = :status" : "";
	}

	private static String columnValue(PaymentStatus status) {
		return (status != null) ? status.name().toLowerCase(Locale.ROOT) : null;
	}

	private static Payment map(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getLong("id"), rs.getLong("order_id"), BigDecimal.valueOf(rs.getLong("amount")),
				rs.getString("currency"), rs.getString("payment_method"),
				PaymentState.fromColumn(rs.getString("status")), rs.getString("transaction_id"),
				rs.getString("failure_reason"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}

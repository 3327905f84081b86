package com.orderplatform.payment.payment.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentAttempt;
import com.orderplatform.payment.payment.PaymentState;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * How a payment maps to a row of {@code payments}: the columns, the insert and the
 * conditional update, and the values bound to them. Amounts are whole yen
 * ({@code BIGINT}); times are bound as {@link Timestamp}s.
 */
final class PaymentRows {

	static final String COLUMNS = "id, order_id, amount, currency, status, payment_method, transaction_id, "
			+ "failure_reason, batch_id, created_at, updated_at";

	static final String INSERT = """
			INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
			                      failure_reason, batch_id, created_at, updated_at)
			VALUES (:orderId, :amount, :currency, :status, :method, :transactionId, :failureReason, :batchId,
			        :createdAt, :updatedAt)""";

	/** Changes a payment only if it is still in the state it was read in. */
	static final String UPDATE = """
			UPDATE payments
			SET amount = :amount, status = :status, payment_method = :method, transaction_id = :transactionId,
			    failure_reason = :failureReason, batch_id = :batchId, updated_at = :updatedAt
			WHERE id = :id AND status = :readInState""";

	private PaymentRows() {
	}

	static MapSqlParameterSource columns(Payment payment) {
		return new MapSqlParameterSource().addValue("orderId", payment.orderId())
			.addValue("amount", payment.amount().longValueExact())
			.addValue("currency", payment.currency())
			.addValue("status", payment.state().columnValue())
			.addValue("method", payment.paymentMethod())
			.addValue("transactionId", payment.transactionId())
			.addValue("failureReason", payment.failureReason())
			.addValue("batchId", payment.batchId())
			.addValue("createdAt", Timestamp.from(payment.createdAt()))
			.addValue("updatedAt", Timestamp.from(payment.updatedAt()));
	}

	static Payment map(ResultSet rs, int row) throws SQLException {
		PaymentAttempt attempt = new PaymentAttempt(BigDecimal.valueOf(rs.getLong("amount")),
				rs.getString("payment_method"), rs.getString("transaction_id"), rs.getString("failure_reason"),
				rs.getString("batch_id"));
		return new Payment(rs.getLong("id"), rs.getLong("order_id"), rs.getString("currency"), attempt,
				PaymentState.fromColumn(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}

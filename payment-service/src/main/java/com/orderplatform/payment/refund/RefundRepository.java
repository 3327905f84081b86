package com.orderplatform.payment.refund;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores refunds in the {@code refunds} table, at most one per payment.
 */
@Repository
class RefundRepository {

	private final JdbcClient jdbc;

	RefundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a refund.
	 * @param refund the refund, not stored yet
	 * @return the refund with its id
	 * @throws org.springframework.dao.DataIntegrityViolationException when the payment
	 * already has a refund
	 */
	Refund insert(Refund refund) {
		long id = this.jdbc.sql("""
				INSERT INTO refunds (payment_id, amount, reason, status, created_at)
				VALUES (:paymentId, :amount, :reason, :status, :createdAt)
				RETURNING id""")
			.param("paymentId", refund.paymentId())
			.param("amount", refund.amount().longValueExact())
			.param("reason", refund.reason())
			.param("status", refund.status())
			.param("createdAt", Timestamp.from(refund.createdAt()))
			.query(Long.class)
			.single();
		return refund.withId(id);
	}

	Optional<Refund> findByPaymentId(long paymentId) {
		return this.jdbc.sql("""
				SELECT r.id, r.payment_id, p.order_id, r.amount, r.reason, r.status, r.created_at
				FROM refunds r JOIN payments p ON p.id = r.payment_id
				WHERE r.payment_id = :paymentId""")
			.param("paymentId", paymentId)
			.query(RefundRepository::map)
			.optional();
	}

	private static Refund map(ResultSet rs, int row) throws SQLException {
		return new Refund(rs.getLong("id"), rs.getLong("payment_id"), rs.getLong("order_id"),
				BigDecimal.valueOf(rs.getLong("amount")), rs.getString("reason"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant());
	}

}

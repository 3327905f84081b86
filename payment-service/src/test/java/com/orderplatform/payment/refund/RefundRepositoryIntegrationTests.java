package com.orderplatform.payment.refund;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The refund repository against a real database with the real migrations; a subclass per
 * supported database.
 */
abstract class RefundRepositoryIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-04-01T09:00:00.456Z");

	private RefundRepository repository;

	protected abstract JdbcClient database();

	@BeforeEach
	void emptyTables() {
		database().sql("DELETE FROM refunds").update();
		database().sql("DELETE FROM payments").update();
		this.repository = new RefundRepository(database());
	}

	@Test
	void storesARefundAndReadsItBackWithItsOrder() {
		long paymentId = refundedPayment(31);

		Refund stored = this.repository.insert(refund(paymentId, 31));

		assertThat(this.repository.findByPaymentId(paymentId)).contains(stored);
		assertThat(stored.amount()).isEqualTo(new BigDecimal("8800"));
		assertThat(stored.orderId()).isEqualTo(31);
		assertThat(stored.createdAt()).isEqualTo(T0);
	}

	@Test
	void refusesASecondRefundOfThePayment() {
		long paymentId = refundedPayment(32);
		this.repository.insert(refund(paymentId, 32));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(refund(paymentId, 32)));
		assertThat(database().sql("SELECT COUNT(*) FROM refunds").query(Long.class).single()).isOne();
	}

	@Test
	void refusesARefundOfAPaymentThatDoesNotExist() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(refund(999_999, 33)));
	}

	private static Refund refund(long paymentId, long orderId) {
		return new Refund(null, paymentId, orderId, new BigDecimal("8800"), "order cancelled", Refund.COMPLETED, T0);
	}

	private long refundedPayment(long orderId) {
		return database().sql("""
				INSERT INTO payments (order_id, amount, currency, status, payment_method, transaction_id,
				                      created_at, updated_at)
				VALUES (:orderId, 8800, 'JPY', 'refunded', 'credit_card', :transactionId, :at, :at)
				RETURNING id""")
			.param("orderId", orderId)
			.param("transactionId", "tx-" + orderId)
			.param("at", Timestamp.from(T0))
			.query(Long.class)
			.single();
	}

}

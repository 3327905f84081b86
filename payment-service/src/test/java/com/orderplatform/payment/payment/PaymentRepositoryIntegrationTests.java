package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;

import com.orderplatform.payment.api.PaymentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The payment repository against a real database with the real migrations; a subclass per
 * supported database.
 */
abstract class PaymentRepositoryIntegrationTests {

	private static final Instant T0 = Instant.parse("2026-04-01T09:00:00.123Z");

	private PaymentRepository repository;

	/**
	 * The migrated database of this subclass, created once per test class.
	 * @return a client for it
	 */
	protected abstract JdbcClient database();

	@BeforeEach
	void emptyTables() {
		database().sql("DELETE FROM refunds").update();
		database().sql("DELETE FROM payments").update();
		this.repository = new PaymentRepository(database());
	}

	@Test
	void storesAndReadsBackEveryColumnExactly() {
		Payment payment = this.repository.insert(PaymentMother.processing(11, "1000000", T0));

		Payment read = this.repository.findById(payment.id()).orElseThrow();

		assertThat(read.orderId()).isEqualTo(11);
		assertThat(read.amount()).isEqualTo(new BigDecimal("1000000"));
		assertThat(read.currency()).isEqualTo("JPY");
		assertThat(read.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(read.paymentMethod()).isEqualTo("credit_card");
		assertThat(read.transactionId()).isEqualTo(payment.transactionId());
		assertThat(read.failureReason()).isNull();
		assertThat(read.createdAt()).isEqualTo(T0);
		assertThat(read.updatedAt()).isEqualTo(T0);
		assertThat(this.repository.findByOrderId(11)).get().extracting(Payment::id).isEqualTo(payment.id());
		assertThat(this.repository.findByTransactionId(payment.transactionId())).get()
			.extracting(Payment::id)
			.isEqualTo(payment.id());
	}

	@Test
	void refusesASecondPaymentForTheSameOrder() {
		this.repository.insert(PaymentMother.processing(12));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(PaymentMother.processing(12)));
		assertThat(this.repository.count(null)).isOne();
	}

	@Test
	void storesATransitionMadeFromTheStateItWasReadIn() {
		Payment payment = this.repository.insert(PaymentMother.processing(13, "5000", T0));
		payment.fail("insufficient funds", T0.plusSeconds(5));

		boolean stored = this.repository.update(payment, PaymentState.PROCESSING);

		Payment read = this.repository.findById(payment.id()).orElseThrow();
		assertThat(stored).isTrue();
		assertThat(read.state()).isEqualTo(PaymentState.FAILED);
		assertThat(read.failureReason()).isEqualTo("insufficient funds");
		assertThat(read.updatedAt()).isEqualTo(T0.plusSeconds(5));
		assertThat(read.createdAt()).isEqualTo(T0);
	}

	@Test
	void refusesATransitionWhenAnotherRequestChangedThePaymentFirst() {
		Payment payment = this.repository.insert(PaymentMother.processing(14, "5000", T0));
		Payment concurrent = this.repository.findById(payment.id()).orElseThrow();
		concurrent.complete(T0.plusSeconds(1));
		assertThat(this.repository.update(concurrent, PaymentState.PROCESSING)).isTrue();
		payment.fail("late decline", T0.plusSeconds(2));

		boolean stored = this.repository.update(payment, PaymentState.PROCESSING);

		assertThat(stored).isFalse();
		assertThat(this.repository.findById(payment.id()).orElseThrow().state()).isEqualTo(PaymentState.COMPLETED);
	}

	@Test
	void pagesNewestFirstAndFiltersByStatus() {
		Payment first = this.repository.insert(PaymentMother.processing(21, "1000", T0));
		Payment second = this.repository.insert(PaymentMother.processing(22, "2000", T0.plusSeconds(1)));
		Payment third = this.repository.insert(PaymentMother.processing(23, "3000", T0.plusSeconds(2)));
		second.complete(T0.plusSeconds(3));
		this.repository.update(second, PaymentState.PROCESSING);

		assertThat(this.repository.findPage(null, 0, 2)).extracting(Payment::id)
			.containsExactly(third.id(), second.id());
		assertThat(this.repository.findPage(null, 2, 2)).extracting(Payment::id).containsExactly(first.id());
		assertThat(this.repository.findPage(PaymentStatus.PROCESSING, 0, 10)).extracting(Payment::id)
			.containsExactly(third.id(), first.id());
		assertThat(this.repository.count(null)).isEqualTo(3);
		assertThat(this.repository.count(PaymentStatus.COMPLETED)).isOne();
		assertThat(this.repository.count(PaymentStatus.PENDING)).isZero();
	}

	@Test
	void findsNothingForUnknownKeys() {
		assertThat(this.repository.findById(404)).isEmpty();
		assertThat(this.repository.findByOrderId(404)).isEmpty();
		assertThat(this.repository.findByTransactionId("unknown")).isEmpty();
	}

}

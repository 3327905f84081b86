package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PaymentTests {

	private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

	@Test
	void startsInProcessingWithDefaults() {
		Payment payment = Payment.start(7, new BigDecimal("1500"), null, null, "tx-1", NOW);

		assertThat(payment.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(payment.currency()).isEqualTo("JPY");
		assertThat(payment.paymentMethod()).isEqualTo("credit_card");
		assertThat(payment.transactionId()).isEqualTo("tx-1");
		assertThat(payment.failureReason()).isNull();
		assertThat(payment.createdAt()).isEqualTo(NOW);
		assertThat(payment.updatedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest
	@CsvSource({ "100", "1000000", "100.00" })
	void acceptsAmountsWithinTheLimits(String amount) {
		Payment payment = Payment.start(7, new BigDecimal(amount), "JPY", "bank_transfer", "tx", NOW);

		assertThat(payment.amount()).isEqualByComparingTo(amount);
		assertThat(payment.paymentMethod()).isEqualTo("bank_transfer");
	}

	@Test
	void rejectsPaymentBelowOneHundredYen() {
		assertThatExceptionOfType(AmountOutOfRangeException.class)
			.isThrownBy(() -> Payment.start(7, new BigDecimal("99"), "JPY", null, "tx", NOW))
			.withMessage("amount must be at least 100 JPY per payment but was 99");
	}

	@Test
	void rejectsPaymentAboveOneMillionYen() {
		assertThatExceptionOfType(AmountOutOfRangeException.class)
			.isThrownBy(() -> Payment.start(7, new BigDecimal("1000001"), "JPY", null, "tx", NOW))
			.withMessage("amount must not exceed 1,000,000 JPY per payment but was 1000001");
	}

	@Test
	void rejectsCurrencyOtherThanYen() {
		assertThatExceptionOfType(UnsupportedCurrencyException.class)
			.isThrownBy(() -> Payment.start(7, new BigDecimal("500"), "USD", null, "tx", NOW))
			.withMessage("currency 'USD' is not supported; only JPY is accepted");
	}

	@Test
	void completesAProcessingPayment() {
		Payment payment = PaymentMother.stored(3, PaymentState.PROCESSING);

		assertThat(payment.complete(NOW)).isTrue();
		assertThat(payment.state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(payment.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void hearingCompletedAgainChangesNothing() {
		Payment payment = PaymentMother.stored(3, PaymentState.COMPLETED);
		Instant before = payment.updatedAt();

		assertThat(payment.complete(NOW)).isFalse();
		assertThat(payment.state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(payment.updatedAt()).isEqualTo(before);
	}

	@Test
	void hearingCompletedAfterARefundChangesNothing() {
		Payment payment = PaymentMother.stored(3, PaymentState.REFUNDED);

		assertThat(payment.complete(NOW)).isFalse();
		assertThat(payment.state()).isEqualTo(PaymentState.REFUNDED);
	}

	@Test
	void failsAProcessingPaymentWithTheReason() {
		Payment payment = PaymentMother.stored(3, PaymentState.PROCESSING);

		assertThat(payment.fail("card expired", NOW)).isTrue();
		assertThat(payment.state()).isEqualTo(PaymentState.FAILED);
		assertThat(payment.failureReason()).isEqualTo("card expired");
	}

	@Test
	void hearingFailedAgainChangesNothing() {
		Payment payment = PaymentMother.stored(3, PaymentState.FAILED);

		assertThat(payment.fail("another reason", NOW)).isFalse();
		assertThat(payment.failureReason()).isEqualTo("insufficient funds");
	}

	@Test
	void refusesToFailACompletedPayment() {
		Payment payment = PaymentMother.stored(3, PaymentState.COMPLETED);

		assertThatExceptionOfType(IllegalPaymentStateException.class).isThrownBy(() -> payment.fail("late", NOW))
			.withMessage("Payment 3 cannot be failed in state completed");
		assertThat(payment.state()).isEqualTo(PaymentState.COMPLETED);
	}

	@Test
	void refusesToCompleteAFailedPayment() {
		Payment payment = PaymentMother.stored(3, PaymentState.FAILED);

		assertThatExceptionOfType(IllegalPaymentStateException.class).isThrownBy(() -> payment.complete(NOW))
			.withMessage("Payment 3 cannot be completed in state failed");
	}

	@Test
	void refundsACompletedPayment() {
		Payment payment = PaymentMother.stored(3, PaymentState.COMPLETED);

		payment.refund(NOW);

		assertThat(payment.state()).isEqualTo(PaymentState.REFUNDED);
		assertThat(payment.updatedAt()).isEqualTo(NOW);
	}

	@Test
	void refusesASecondRefund() {
		Payment payment = PaymentMother.stored(3, PaymentState.REFUNDED);

		assertThatExceptionOfType(PaymentAlreadyRefundedException.class).isThrownBy(() -> payment.refund(NOW))
			.withMessage("Payment 3 is already refunded");
	}

	@ParameterizedTest
	@CsvSource({ "PROCESSING, processing", "FAILED, failed" })
	void refusesToRefundAPaymentThatIsNotCompleted(PaymentState state, String shown) {
		Payment payment = PaymentMother.stored(3, state);

		assertThatExceptionOfType(IllegalPaymentStateException.class).isThrownBy(() -> payment.refund(NOW))
			.withMessage("Payment 3 cannot be refunded in state " + shown);
		assertThat(payment.state()).isEqualTo(state);
	}

	@Test
	void attemptsAFailedPaymentAgainAsANewTransaction() {
		Payment payment = PaymentMother.stored(3, PaymentState.FAILED);

		payment.reattempt(new BigDecimal("2500"), "bank_transfer", "tx-2", null, NOW);

		assertThat(payment.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(payment.transactionId()).isEqualTo("tx-2");
		assertThat(payment.amount()).isEqualByComparingTo("2500");
		assertThat(payment.paymentMethod()).isEqualTo("bank_transfer");
		assertThat(payment.failureReason()).isNull();
		assertThat(payment.updatedAt()).isEqualTo(NOW);
	}

	@ParameterizedTest
	@CsvSource({ "PROCESSING, processing", "COMPLETED, completed", "REFUNDED, refunded" })
	void refusesToAttemptAgainAPaymentThatDidNotFail(PaymentState state, String shown) {
		Payment payment = PaymentMother.stored(3, state);
		String transactionId = payment.transactionId();

		assertThatExceptionOfType(DuplicatePaymentException.class)
			.isThrownBy(() -> payment.reattempt(new BigDecimal("2500"), null, "tx-2", null, NOW))
			.withMessage("Order 42 already has payment 3 in state " + shown
					+ "; only a failed payment can be attempted again");
		assertThat(payment.transactionId()).isEqualTo(transactionId);
	}

	@Test
	void refusesToAttemptAgainWithAnAmountAboveTheLimit() {
		Payment payment = PaymentMother.stored(3, PaymentState.FAILED);

		assertThatExceptionOfType(AmountOutOfRangeException.class)
			.isThrownBy(() -> payment.reattempt(new BigDecimal("1000001"), null, "tx-2", null, NOW));
		assertThat(payment.state()).isEqualTo(PaymentState.FAILED);
	}

	@Test
	void startsABatchPaymentInProcessingWithItsBatch() {
		Payment payment = Payment.startInBatch(7, new BigDecimal("1500"), null, "tx-1", "import-3:chunk-2", NOW);

		assertThat(payment.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(payment.batchId()).isEqualTo("import-3:chunk-2");
		assertThat(payment.currency()).isEqualTo("JPY");
		assertThat(payment.paymentMethod()).isEqualTo("credit_card");
		assertThat(payment.transactionId()).isEqualTo("tx-1");
	}

	@Test
	void refusesABatchPaymentOutsideTheLimits() {
		assertThatExceptionOfType(AmountOutOfRangeException.class)
			.isThrownBy(() -> Payment.startInBatch(7, new BigDecimal("99"), "JPY", "tx", "b", NOW));
		assertThatExceptionOfType(UnsupportedCurrencyException.class)
			.isThrownBy(() -> Payment.startInBatch(7, new BigDecimal("500"), "EUR", "tx", "b", NOW));
	}

	@Test
	void anAttemptAgainBelongsToTheBatchThatMakesItOrToNone() {
		Payment payment = PaymentMother.failedInBatch(7, "import-1", "1000", "card expired", NOW);

		payment.reattempt(new BigDecimal("1000"), null, "tx-2", "import-2", NOW);
		payment.fail("card expired again", NOW);
		payment.reattempt(new BigDecimal("1000"), null, "tx-3", null, NOW);

		assertThat(payment.batchId()).isNull();
		assertThat(payment.transactionId()).isEqualTo("tx-3");
	}

	@Test
	void keepsAtMostFiveHundredCharactersOfAFailureReason() {
		Payment payment = PaymentMother.stored(3, PaymentState.PROCESSING);

		payment.fail("x".repeat(501), NOW);

		assertThat(payment.failureReason()).isEqualTo("x".repeat(500));
	}

}

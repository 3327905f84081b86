package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.time.Instant;

import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentMother;
import com.orderplatform.payment.payment.PaymentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.orderplatform.payment.payment.charge.BatchPayments.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How one item of a batch is decided, charged and answered, without Spring or a database.
 */
class ChargeLineTests {

	private static final String BATCH = "import-9:chunk-1";

	private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

	@Test
	void chargesAnOrderWithoutPaymentForItsAmountInWholeYen() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500.00")), null, BATCH);

		ChargeRequest charge = line.chargeRequest();

		assertThat(line.charges()).isTrue();
		assertThat(charge.orderId()).isEqualTo(42);
		assertThat(charge.amount()).isEqualTo(new BigDecimal("1500"));
		assertThat(charge.currency()).isEqualTo("JPY");
		assertThat(charge.paymentId()).isNull();
		assertThat(charge.transactionId()).isNotBlank();
	}

	@Test
	void answersAnOrderThisBatchPaidBeforeAsCompletedWithoutCharging() {
		Payment paid = PaymentMother.completedInBatch(42, BATCH, "1500", NOW).withId(5);

		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), paid, BATCH);

		assertThat(line.charges()).isFalse();
		assertThat(line.result()).isEqualTo(new BatchPaymentResult(42, BatchOutcome.COMPLETED, 5L,
				PaymentStatus.COMPLETED, paid.transactionId(), new BigDecimal("1500"), BATCH, null));
	}

	@Test
	void answersAnOrderAnotherBatchPaidAsAlreadyPaidWithThatPayment() {
		Payment paid = PaymentMother.completedInBatch(42, "import-8:chunk-1", "1500", NOW).withId(5);

		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), paid, BATCH);

		assertThat(line.charges()).isFalse();
		assertThat(line.result()).isEqualTo(new BatchPaymentResult(42, BatchOutcome.ALREADY_PAID, 5L,
				PaymentStatus.COMPLETED, paid.transactionId(), new BigDecimal("1500"), "import-8:chunk-1", null));
	}

	@ParameterizedTest
	@CsvSource({ "PROCESSING, PROCESSING", "COMPLETED, COMPLETED", "REFUNDED, REFUNDED" })
	void answersAnOrderWithASinglePaymentAsAlreadyPaidWhateverTheItemSays(PaymentState state, PaymentStatus shown) {
		Payment single = PaymentMother.stored(5, state);

		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "99", "USD")), single, BATCH);

		assertThat(line.charges()).isFalse();
		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.ALREADY_PAID);
		assertThat(line.result().status()).isEqualTo(shown);
		assertThat(line.result().paymentId()).isEqualTo(5L);
		assertThat(line.result().batchId()).isNull();
	}

	@Test
	void answersARefundedPaymentOfThisBatchAsAlreadyPaid() {
		Payment refunded = PaymentMother.completedInBatch(42, BATCH, "1500", NOW).withId(5);
		refunded.refund(NOW);

		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), refunded, BATCH);

		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.ALREADY_PAID);
		assertThat(line.result().status()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void chargesAnOrderWhosePaymentFailed() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), PaymentMother.stored(5, PaymentState.FAILED),
				BATCH);

		assertThat(line.charges()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null",
			value = { "99|JPY|amount must be at least 100 JPY per payment but was 99",
					"1000001|JPY|amount must not exceed 1,000,000 JPY per payment but was 1000001",
					"-5|JPY|amount must be at least 100 JPY per payment but was -5",
					"500|USD|currency 'USD' is not supported; only JPY is accepted",
					"100.5|null|amount must be a whole number of yen but was 100.5", "null|JPY|amount is required" })
	void failsAnInvalidItemWithoutChargingOrStoring(String amount, String currency, String reason) {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, amount, currency)), null, BATCH);

		assertThat(line.charges()).isFalse();
		assertThat(line.result()).isEqualTo(new BatchPaymentResult(42, BatchOutcome.FAILED, null, null, null,
				(amount != null) ? new BigDecimal(amount) : null, null, reason));
	}

	@Test
	void makesANewCompletedPaymentOfTheBatchWhenTheGatewayApproves() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), null, BATCH);
		line.charged(ChargeResult.approve());

		Payment payment = line.paymentOn(null, NOW);

		assertThat(payment.state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(payment.batchId()).isEqualTo(BATCH);
		assertThat(payment.transactionId()).isEqualTo(line.chargeRequest().transactionId());
		assertThat(payment.createdAt()).isEqualTo(NOW);
	}

	@Test
	void attemptsTheFailedPaymentAgainAndRecordsTheDecline() {
		Payment failed = PaymentMother.stored(5, PaymentState.FAILED);
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "2500")), failed, BATCH);
		line.charged(ChargeResult.decline("do not honor"));

		Payment payment = line.paymentOn(failed, NOW);

		assertThat(payment.id()).isEqualTo(5);
		assertThat(payment.state()).isEqualTo(PaymentState.FAILED);
		assertThat(payment.failureReason()).isEqualTo("do not honor");
		assertThat(payment.amount()).isEqualTo(new BigDecimal("2500"));
		assertThat(payment.batchId()).isEqualTo(BATCH);
		assertThat(payment.transactionId()).isEqualTo(line.chargeRequest().transactionId());
	}

	@Test
	void isAnsweredFromItsOwnStoredPayment() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), null, BATCH);
		line.charged(ChargeResult.decline("card expired"));
		Payment stored = line.paymentOn(null, NOW).withId(8);

		boolean settled = line.settleWith(stored);

		assertThat(settled).isTrue();
		assertThat(line.result()).isEqualTo(new BatchPaymentResult(42, BatchOutcome.FAILED, 8L, PaymentStatus.FAILED,
				stored.transactionId(), new BigDecimal("1500"), BATCH, "card expired"));
	}

	@Test
	void isAnsweredAlreadyPaidWhenAnotherRequestPaidTheOrderFirst() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), null, BATCH);
		line.charged(ChargeResult.approve());
		Payment other = PaymentMother.stored(9, PaymentState.PROCESSING);

		assertThat(line.settleWith(other)).isTrue();
		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.ALREADY_PAID);
		assertThat(line.result().paymentId()).isEqualTo(9L);
	}

	@Test
	void isWrittenAgainWhenAnotherRequestLeftAFailedPaymentOrNone() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), null, BATCH);
		line.charged(ChargeResult.approve());

		assertThat(line.settleWith(PaymentMother.stored(9, PaymentState.FAILED))).isFalse();
		assertThat(line.settleWith(null)).isFalse();
	}

	@Test
	void answersASinglePaymentFromTheOneItWroteAsCompleted() {
		ChargeLine line = ChargeLine.plan(new ChargeItem(42, new BigDecimal("1500"), null, "bank_transfer"), null,
				null);
		line.charged(ChargeResult.approve());
		Payment stored = line.paymentOn(null, NOW).withId(8);

		boolean settled = line.settleWith(stored);

		assertThat(settled).isTrue();
		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.COMPLETED);
		assertThat(line.written()).containsSame(stored);
		assertThat(stored.batchId()).isNull();
		assertThat(stored.paymentMethod()).isEqualTo("bank_transfer");
		assertThat(line.chargeRequest().paymentMethod()).isEqualTo("bank_transfer");
	}

	@Test
	void answersASinglePaymentForAnOrderPaidWithoutABatchAsAlreadyPaid() {
		Payment paidSingly = PaymentMother.stored(5, PaymentState.COMPLETED);

		ChargeLine line = ChargeLine.plan(new ChargeItem(42, new BigDecimal("5000"), null, null), paidSingly, null);

		assertThat(line.charges()).isFalse();
		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.ALREADY_PAID);
		assertThat(line.payment()).isSameAs(paidSingly);
		assertThat(line.written()).isEmpty();
	}

	@Test
	void chargesTheFailedPaymentAgainUnderItsIdAndTakesItOutOfItsBatchForASinglePayment() {
		Payment failed = PaymentMother.failedInBatch(42, BATCH, "1500", "card expired", NOW).withId(5);
		ChargeLine line = ChargeLine.plan(new ChargeItem(42, new BigDecimal("1500"), null, null), failed, null);
		line.charged(ChargeResult.approve());

		Payment payment = line.paymentOn(failed, NOW);

		assertThat(line.chargeRequest().paymentId()).isEqualTo(5L);
		assertThat(payment.state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(payment.batchId()).isNull();
		assertThat(payment.paymentMethod()).isEqualTo("credit_card");
	}

	@Test
	void givingUpFailsTheItemAndAsksForTheBatchAgain() {
		ChargeLine line = ChargeLine.plan(ChargeItem.of(item(42, "1500")), null, BATCH);
		line.charged(ChargeResult.approve());

		line.giveUp();

		assertThat(line.result().outcome()).isEqualTo(BatchOutcome.FAILED);
		assertThat(line.result().reason()).isEqualTo(
				"the payment of order 42 was changed by another request while this batch was paying it; send the batch again");
	}

}

package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.orderplatform.payment.Concurrently;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.PaymentPage;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.orderplatform.payment.payment.charge.BatchPayments.batch;
import static com.orderplatform.payment.payment.charge.BatchPayments.item;
import static com.orderplatform.payment.payment.charge.BatchPayments.newBatchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Batch payments on the whole service and a real SQLite file, as the order service's
 * import sends them.
 */
@RecordApplicationEvents
class BatchPaymentIntegrationTests extends PaymentIntegrationTest {

	private static final BigDecimal YEN_100 = new BigDecimal("100");

	private static final BigDecimal YEN_1500 = new BigDecimal("1500");

	@Test
	void paysEveryOrderOfABatchInOneGatewayCallAndStoresItsPaymentsWithTheBatchId() {
		long first = newOrderId();
		long second = newOrderId();
		long third = newOrderId();
		String batchId = newBatchId();

		BatchPaymentResponse response = payBatch(
				batch(batchId, item(first, "1500"), item(second, "2000", null), item(third, "100")));

		assertThat(response.batchId()).isEqualTo(batchId);
		assertThat(response.results())
			.extracting(BatchPaymentResult::orderId, BatchPaymentResult::outcome, BatchPaymentResult::status,
					BatchPaymentResult::amount, BatchPaymentResult::batchId, BatchPaymentResult::reason)
			.containsExactly(tuple(first, BatchOutcome.COMPLETED, PaymentStatus.COMPLETED, YEN_1500, batchId, null),
					tuple(second, BatchOutcome.COMPLETED, PaymentStatus.COMPLETED, new BigDecimal("2000"), batchId,
							null),
					tuple(third, BatchOutcome.COMPLETED, PaymentStatus.COMPLETED, YEN_100, batchId, null));
		assertCounts(response, 3, 0, 0);
		assertThat(rows(first, second, third)).containsExactly(
				PaymentRow.of(response.results().get(0), 1500, "completed", null, batchId),
				PaymentRow.of(response.results().get(1), 2000, "completed", null, batchId),
				PaymentRow.of(response.results().get(2), 100, "completed", null, batchId));
		verify(this.gateway).chargeBatch(argThat(requests -> requests.size() == 3));
		verify(this.gateway, never()).charge(any());
		PaymentView view = read(get("/api/v1/payments/order/{id}", second), PaymentView.class);
		assertThat(view.batchId()).isEqualTo(batchId);
		assertThat(view.currency()).isEqualTo("JPY");
		assertThat(view.paymentMethod()).isEqualTo("credit_card");
	}

	@Test
	void aRetriedBatchCreatesNoSecondPaymentAndAnswersExactlyAsTheFirstTime() throws Exception {
		long paidSingly = newOrderId();
		PaymentView single = pay(paidSingly, "3000");
		long first = newOrderId();
		long second = newOrderId();
		long invalid = newOrderId();
		BatchPaymentRequest request = batch(newBatchId(), item(first, "1500"), item(paidSingly, "3000"),
				item(invalid, "99"), item(second, "2500"));

		MvcTestResult sent = postBatch(request);
		MvcTestResult resent = postBatch(request);

		assertThat(sent).hasStatus(HttpStatus.OK);
		assertThat(resent).hasStatus(HttpStatus.OK);
		assertThat(resent.getResponse().getContentAsString()).isEqualTo(sent.getResponse().getContentAsString());
		BatchPaymentResponse response = read(sent, BatchPaymentResponse.class);
		assertThat(response.results()).extracting(BatchPaymentResult::outcome)
			.containsExactly(BatchOutcome.COMPLETED, BatchOutcome.ALREADY_PAID, BatchOutcome.FAILED,
					BatchOutcome.COMPLETED);
		assertThat(response.results().get(1).paymentId()).isEqualTo(single.id());
		assertCounts(response, 2, 1, 1);
		assertThat(rows(first, paidSingly, invalid, second)).containsExactly(
				new PaymentRow(single.id(), paidSingly, 3000, "completed", single.transactionId(), null, null),
				PaymentRow.of(response.results().get(0), 1500, "completed", null, request.batchId()),
				PaymentRow.of(response.results().get(3), 2500, "completed", null, request.batchId()));
		verify(this.gateway, times(1)).chargeBatch(any());
	}

	@Test
	void answersAlreadyPaidForOrdersAnEarlierBatchPaidAndChargesOnlyTheNewOnes() {
		long a = newOrderId();
		long b = newOrderId();
		long c = newOrderId();
		long d = newOrderId();
		String earlierBatch = newBatchId();
		BatchPaymentResponse earlier = payBatch(batch(earlierBatch, item(a, "1000"), item(b, "2000"), item(c, "3000")));
		String laterBatch = newBatchId();

		BatchPaymentResponse later = payBatch(batch(laterBatch, item(b, "2000"), item(c, "3000"), item(d, "4000")));

		BatchPaymentResult earlierB = earlier.results().get(1);
		BatchPaymentResult earlierC = earlier.results().get(2);
		assertThat(later.results()).containsExactly(
				new BatchPaymentResult(b, BatchOutcome.ALREADY_PAID, earlierB.paymentId(), PaymentStatus.COMPLETED,
						earlierB.transactionId(), new BigDecimal("2000"), earlierBatch, null),
				new BatchPaymentResult(c, BatchOutcome.ALREADY_PAID, earlierC.paymentId(), PaymentStatus.COMPLETED,
						earlierC.transactionId(), new BigDecimal("3000"), earlierBatch, null),
				new BatchPaymentResult(d, BatchOutcome.COMPLETED, later.results().get(2).paymentId(),
						PaymentStatus.COMPLETED, later.results().get(2).transactionId(), new BigDecimal("4000"),
						laterBatch, null));
		assertCounts(later, 1, 0, 2);
		assertThat(rows(a, b, c, d)).extracting(PaymentRow::orderId, PaymentRow::batchId)
			.containsExactly(tuple(a, earlierBatch), tuple(b, earlierBatch), tuple(c, earlierBatch),
					tuple(d, laterBatch));
		verify(this.gateway).chargeBatch(argThat(requests -> requests.size() == 1 && requests.get(0).orderId() == d));
	}

	@Test
	void judgesTheAmountLimitsItemByItem() {
		long below = newOrderId();
		long lowest = newOrderId();
		long highest = newOrderId();
		long above = newOrderId();
		String batchId = newBatchId();

		BatchPaymentResponse response = payBatch(batch(batchId, item(below, "99"), item(lowest, "100"),
				item(highest, "1000000"), item(above, "1000001")));

		assertThat(response.results())
			.extracting(BatchPaymentResult::orderId, BatchPaymentResult::outcome, BatchPaymentResult::status,
					BatchPaymentResult::amount, BatchPaymentResult::reason)
			.containsExactly(
					tuple(below, BatchOutcome.FAILED, null, new BigDecimal("99"),
							"amount must be at least 100 JPY per payment but was 99"),
					tuple(lowest, BatchOutcome.COMPLETED, PaymentStatus.COMPLETED, YEN_100, null),
					tuple(highest, BatchOutcome.COMPLETED, PaymentStatus.COMPLETED, new BigDecimal("1000000"), null),
					tuple(above, BatchOutcome.FAILED, null, new BigDecimal("1000001"),
							"amount must not exceed 1,000,000 JPY per payment but was 1000001"));
		assertThat(response.results().get(0).paymentId()).isNull();
		assertThat(response.results().get(3).transactionId()).isNull();
		assertCounts(response, 2, 2, 0);
		assertThat(rows(below, lowest, highest, above)).containsExactly(
				PaymentRow.of(response.results().get(1), 100, "completed", null, batchId),
				PaymentRow.of(response.results().get(2), 1_000_000, "completed", null, batchId));
	}

	@Test
	void paysTheValidItemsOfABatchAndTellsWhyTheOthersFailed() {
		long dollars = newOrderId();
		long fraction = newOrderId();
		long valid = newOrderId();
		long noAmount = newOrderId();
		long alsoValid = newOrderId();
		String batchId = newBatchId();

		BatchPaymentResponse response = payBatch(batch(batchId, item(dollars, "1500", "USD"), item(fraction, "100.5"),
				item(valid, "5000"), item(noAmount, null), item(alsoValid, "700")));

		assertThat(response.results())
			.extracting(BatchPaymentResult::orderId, BatchPaymentResult::outcome, BatchPaymentResult::reason)
			.containsExactly(
					tuple(dollars, BatchOutcome.FAILED, "currency 'USD' is not supported; only JPY is accepted"),
					tuple(fraction, BatchOutcome.FAILED, "amount must be a whole number of yen but was 100.5"),
					tuple(valid, BatchOutcome.COMPLETED, null),
					tuple(noAmount, BatchOutcome.FAILED, "amount is required"),
					tuple(alsoValid, BatchOutcome.COMPLETED, null));
		assertCounts(response, 2, 3, 0);
		assertThat(rows(dollars, fraction, valid, noAmount, alsoValid)).containsExactly(
				PaymentRow.of(response.results().get(2), 5000, "completed", null, batchId),
				PaymentRow.of(response.results().get(4), 700, "completed", null, batchId));
	}

	@Test
	void attemptsAFailedSinglePaymentAgainOnTheSameRowWithANewTransaction() {
		long orderId = newOrderId();
		doReturn(ChargeResult.decline("insufficient funds")).when(this.gateway).charge(any());
		assertThat(postPayment(orderId, "2000")).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		PaymentView failed = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);
		String batchId = newBatchId();

		BatchPaymentResponse response = payBatch(batch(batchId, item(orderId, "2000")));

		BatchPaymentResult result = response.results().get(0);
		assertThat(result.outcome()).isEqualTo(BatchOutcome.COMPLETED);
		assertThat(result.paymentId()).isEqualTo(failed.id());
		assertThat(result.transactionId()).isNotEqualTo(failed.transactionId());
		assertThat(rows(orderId)).containsExactly(
				new PaymentRow(failed.id(), orderId, 2000, "completed", result.transactionId(), null, batchId));
	}

	@Test
	void aFailedBatchPaymentPaidSinglyNoLongerBelongsToTheBatch() {
		long orderId = newOrderId();
		String batchId = newBatchId();
		doReturn(List.of(ChargeResult.decline("card expired"))).when(this.gateway).chargeBatch(any());
		BatchPaymentResult declined = payBatch(batch(batchId, item(orderId, "800"))).results().get(0);
		PaymentView paidSingly = pay(orderId, "800");

		BatchPaymentResponse resent = payBatch(batch(batchId, item(orderId, "800")));

		assertThat(declined).isEqualTo(new BatchPaymentResult(orderId, BatchOutcome.FAILED, paidSingly.id(),
				PaymentStatus.FAILED, declined.transactionId(), new BigDecimal("800"), batchId, "card expired"));
		assertThat(paidSingly.batchId()).isNull();
		assertThat(resent.results())
			.extracting(BatchPaymentResult::outcome, BatchPaymentResult::transactionId, BatchPaymentResult::batchId)
			.containsExactly(tuple(BatchOutcome.ALREADY_PAID, paidSingly.transactionId(), null));
		assertThat(paymentRowsOfOrder(orderId)).isOne();
	}

	@Test
	void failsEveryChargeOfTheBatchWhenTheGatewayCannotBeReached() {
		long first = newOrderId();
		long second = newOrderId();
		String batchId = newBatchId();
		doThrow(new IllegalStateException("connection reset")).when(this.gateway).chargeBatch(any());

		BatchPaymentResponse response = payBatch(batch(batchId, item(first, "1500"), item(second, "2500")));

		String reason = "Payment gateway error: connection reset";
		assertThat(response.results())
			.extracting(BatchPaymentResult::outcome, BatchPaymentResult::status, BatchPaymentResult::reason)
			.containsExactly(tuple(BatchOutcome.FAILED, PaymentStatus.FAILED, reason),
					tuple(BatchOutcome.FAILED, PaymentStatus.FAILED, reason));
		assertCounts(response, 0, 2, 0);
		assertThat(rows(first, second)).containsExactly(
				PaymentRow.of(response.results().get(0), 1500, "failed", reason, batchId),
				PaymentRow.of(response.results().get(1), 2500, "failed", reason, batchId));
	}

	@Test
	void rejectsABatchOfMoreItemsThanAllowedAndChargesNothing() {
		List<BatchPaymentItem> items = BatchPayments
			.items(Stream.generate(PaymentIntegrationTest::newOrderId).limit(1001), "1000");

		MvcTestResult result = postBatch(batch(newBatchId(), items));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("items must hold at most 1,000 payments per batch but held 1,001; split the batch");
		assertThat(rows(items.get(0).orderId(), items.get(1000).orderId())).isEmpty();
		verify(this.gateway, never()).chargeBatch(any());
	}

	@Test
	void rejectsABatchNamingAnOrderTwiceAndChargesNothing() {
		long first = newOrderId();
		long second = newOrderId();

		MvcTestResult result = postBatch(
				batch(newBatchId(), item(first, "1000"), item(second, "1000"), item(first, "2000")));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items[2].order_id");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("items[2].order_id: order " + first
					+ " appears twice in the batch, first at items[0]; each order may appear once");
		assertThat(rows(first, second)).isEmpty();
		verify(this.gateway, never()).chargeBatch(any());
	}

	@Test
	void sendsTheOrderServiceNoWebhookForABatchPayment(ApplicationEvents events) {
		long inBatch = newOrderId();
		long single = newOrderId();

		payBatch(batch(newBatchId(), item(inBatch, "1000")));
		pay(single, "1000");

		assertThat(events.stream(PaymentStatusChanged.class)).extracting(PaymentStatusChanged::orderId)
			.containsExactly(single);
		// The batch is paid on a background worker, whose events the test's recorder may
		// not see: the outbox, written in the payment's transaction, tells for sure.
		assertThat(webhooksQueuedFor(inBatch)).isZero();
		assertThat(webhooksQueuedFor(single)).isOne();
	}

	@Test
	void answersIdenticallyWhenTheSameBatchIsSentSeveralTimesAtOnce() throws Exception {
		List<BatchPaymentItem> items = BatchPayments
			.items(Stream.generate(PaymentIntegrationTest::newOrderId).limit(20), "1200");
		BatchPaymentRequest request = batch(newBatchId(), items);

		List<String> answers = Concurrently.run(4, () -> postBatch(request).getResponse().getContentAsString());

		assertThat(answers).hasSize(4).containsOnly(answers.get(0));
		BatchPaymentResponse response = this.json.readValue(answers.get(0), BatchPaymentResponse.class);
		assertCounts(response, 20, 0, 0);
		assertThat(rows(items.stream().map(BatchPaymentItem::orderId).toArray(Long[]::new))).hasSize(20)
			.allSatisfy(row -> assertThat(row.batchId()).isEqualTo(request.batchId()));
	}

	@Test
	void writesAThousandPaymentsInOneTransactionSoAFailedWriteStoresNoneAndTheBatchCanBeSentAgain() {
		List<BatchPaymentItem> items = BatchPayments
			.items(Stream.generate(PaymentIntegrationTest::newOrderId).limit(1000), "1000");
		long firstOrder = items.get(0).orderId();
		long lastOrder = items.get(999).orderId();
		BatchPaymentRequest request = batch(newBatchId(), items);
		this.jdbc
			.sql("CREATE TRIGGER fail_batch_midway BEFORE INSERT ON payments WHEN NEW.order_id = "
					+ items.get(700).orderId() + " BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
			.update();
		MvcTestResult failed;
		try {
			failed = postBatch(request);
		}
		finally {
			this.jdbc.sql("DROP TRIGGER fail_batch_midway").update();
		}

		assertThat(failed).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(paymentRowsBetween(firstOrder, lastOrder)).isZero();

		BatchPaymentResponse resent = payBatch(request);

		assertCounts(resent, 1000, 0, 0);
		assertThat(paymentRowsBetween(firstOrder, lastOrder)).isEqualTo(1000);
		verify(this.gateway, times(2)).chargeBatch(argThat(requests -> requests.size() == 1000));
	}

	@Test
	void listsTheBatchsPaymentsPagedWithExactTotals() {
		List<Long> orders = Stream.generate(PaymentIntegrationTest::newOrderId).limit(5).toList();
		String batchId = newBatchId();
		declineOrders(Set.of(orders.get(1)));
		payBatch(batch(batchId, BatchPayments.items(orders.stream(), "1000")));
		payBatch(batch(newBatchId(), item(newOrderId(), "1000"), item(newOrderId(), "1000")));
		pay(newOrderId(), "1000");

		PaymentPage firstPage = list("/api/v1/payments?batch_id={batch}&limit=2", batchId);
		PaymentPage lastPage = list("/api/v1/payments?batch_id={batch}&skip=4&limit=2", batchId);
		PaymentPage failedOnly = list("/api/v1/payments?batch_id={batch}&status=failed", batchId);
		PaymentPage unknown = list("/api/v1/payments?batch_id=import-0:none");
		PaymentPage all = list("/api/v1/payments");

		// One write, one timestamp: newest first is the reverse of the request's order.
		assertThat(firstPage.items()).extracting(PaymentView::orderId).containsExactly(orders.get(4), orders.get(3));
		assertThat(firstPage.total()).isEqualTo(5);
		assertThat(lastPage.items()).extracting(PaymentView::orderId).containsExactly(orders.get(0));
		assertThat(lastPage.total()).isEqualTo(5);
		assertThat(failedOnly.items())
			.extracting(PaymentView::orderId, PaymentView::failureReason, PaymentView::batchId)
			.containsExactly(tuple(orders.get(1), "card expired", batchId));
		assertThat(failedOnly.total()).isOne();
		assertThat(unknown.items()).isEmpty();
		assertThat(unknown.total()).isZero();
		assertThat(all.total()).isEqualTo(8);
	}

	private void declineOrders(Set<Long> orderIds) {
		doAnswer(invocation -> invocation.<List<ChargeRequest>>getArgument(0)
			.stream()
			.map(request -> orderIds.contains(request.orderId()) ? ChargeResult.decline("card expired")
					: ChargeResult.approve())
			.toList()).when(this.gateway).chargeBatch(any());
	}

	private BatchPaymentResponse payBatch(BatchPaymentRequest request) {
		MvcTestResult result = postBatch(request);
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result, BatchPaymentResponse.class);
	}

	private PaymentPage list(String uri, Object... variables) {
		MvcTestResult result = get(uri, variables);
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result, PaymentPage.class);
	}

	private static void assertCounts(BatchPaymentResponse response, int completed, int failed, int alreadyPaid) {
		assertThat(response.completed()).as("completed").isEqualTo(completed);
		assertThat(response.failed()).as("failed").isEqualTo(failed);
		assertThat(response.alreadyPaid()).as("already paid").isEqualTo(alreadyPaid);
		assertThat(response.results()).hasSize(completed + failed + alreadyPaid);
	}

	private List<PaymentRow> rows(Long... orderIds) {
		return PaymentRow.find(this.jdbc, orderIds);
	}

	private long webhooksQueuedFor(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payment_webhook_outbox WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single();
	}

	private long paymentRowsBetween(long firstOrder, long lastOrder) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id BETWEEN :first AND :last")
			.param("first", firstOrder)
			.param("last", lastOrder)
			.query(Long.class)
			.single();
	}

}

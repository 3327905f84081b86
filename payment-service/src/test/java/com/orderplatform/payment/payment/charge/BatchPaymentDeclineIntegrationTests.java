package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.util.List;

import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.PaymentStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.orderplatform.payment.payment.charge.BatchPayments.batch;
import static com.orderplatform.payment.payment.charge.BatchPayments.item;
import static com.orderplatform.payment.payment.charge.BatchPayments.newBatchId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Batch payments with the real simulated gateway configured to decline every charge.
 */
@TestPropertySource(properties = "oms.gateway.failure-rate=1.0")
class BatchPaymentDeclineIntegrationTests extends PaymentIntegrationTest {

	private static final String DECLINED = "Declined by the payment gateway: ";

	@Test
	void failsEveryOrderWithTheGatewaysReasonAndStoresEachAsAFailedPayment() {
		long first = newOrderId();
		long second = newOrderId();
		long invalid = newOrderId();
		long third = newOrderId();
		String batchId = newBatchId();

		BatchPaymentResponse response = payBatch(
				batch(batchId, item(first, "1000"), item(second, "2000"), item(invalid, "50"), item(third, "3000")));

		assertThat(response.failed()).isEqualTo(4);
		assertThat(response.completed()).isZero();
		assertThat(response.alreadyPaid()).isZero();
		assertThat(response.results())
			.extracting(BatchPaymentResult::orderId, BatchPaymentResult::outcome, BatchPaymentResult::status,
					BatchPaymentResult::batchId)
			.containsExactly(tuple(first, BatchOutcome.FAILED, PaymentStatus.FAILED, batchId),
					tuple(second, BatchOutcome.FAILED, PaymentStatus.FAILED, batchId),
					tuple(invalid, BatchOutcome.FAILED, null, null),
					tuple(third, BatchOutcome.FAILED, PaymentStatus.FAILED, batchId));
		assertThat(response.results().get(2).reason())
			.isEqualTo("amount must be at least 100 JPY per payment but was 50");
		List<BatchPaymentResult> declined = List.of(response.results().get(0), response.results().get(1),
				response.results().get(3));
		assertThat(declined).allSatisfy(result -> assertThat(result.reason()).startsWith(DECLINED));
		assertThat(failedRows(first, second, invalid, third)).containsExactly(row(declined.get(0), 1000, batchId),
				row(declined.get(1), 2000, batchId), row(declined.get(2), 3000, batchId));
	}

	@Test
	void attemptsTheFailedOrdersAgainWhenTheBatchIsSentAgain() {
		long orderId = newOrderId();
		String batchId = newBatchId();
		BatchPaymentRequest request = batch(batchId, item(orderId, "1000"));
		BatchPaymentResult first = payBatch(request).results().get(0);

		BatchPaymentResult second = payBatch(request).results().get(0);

		assertThat(second.outcome()).isEqualTo(BatchOutcome.FAILED);
		assertThat(second.paymentId()).isEqualTo(first.paymentId());
		assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
		assertThat(failedRows(orderId)).containsExactly(row(second, 1000, batchId));
	}

	private BatchPaymentResponse payBatch(BatchPaymentRequest request) {
		MvcTestResult result = postBatch(request);
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result, BatchPaymentResponse.class);
	}

	private List<PaymentRow> failedRows(Long... orderIds) {
		return PaymentRow.find(this.jdbc, orderIds);
	}

	private static PaymentRow row(BatchPaymentResult result, long amount, String batchId) {
		assertThat(result.amount()).isEqualTo(new BigDecimal(amount));
		return PaymentRow.of(result, amount, "failed", result.reason(), batchId);
	}

}

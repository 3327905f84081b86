package com.orderplatform.order.order.flow;

import java.util.LinkedHashMap;
import java.util.Map;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.order.DownstreamAnswers;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed payment report changes an order only when the payment service confirms it: the
 * reported transaction is the order's payment, with the reported outcome and, when
 * completed, the order's amount. Anything else is a 409 (503 while the payment service
 * cannot be asked) and the order stays as it was.
 */
class PaymentWebhookConfirmationIntegrationTests extends IntegrationTestSupport {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void refusesACompletedReportOfAnotherTransaction() {
		Order order = storedOrder(OrderState.PENDING);

		report(order.id(), "completed", "txn-forged").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order " + order.id() + ": the reported payment (transaction txn-forged completed) is not "
					+ "confirmed by the payment service: its payment " + DownstreamAnswers.paymentIdOf(order.id())
					+ " has another transaction; order unchanged");

		assertUnchanged(order, OrderStatus.PENDING);
	}

	@Test
	void refusesACompletedReportThePaymentServiceSaysFailed() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		this.payments.thenAnswer(request -> DownstreamAnswers.paymentOfOrder(request, "failed"));

		report(order.id(), "completed", "txn-" + order.id()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).endsWith("is failed; order unchanged"));

		assertUnchanged(order, OrderStatus.PAYMENT_PROCESSING);
	}

	@Test
	void refusesACompletedPaymentOfAnotherAmount() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		this.payments.thenAnswer(request -> payment(order.id(), 100, "completed"));

		report(order.id(), "completed", "txn-" + order.id()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class,
					detail -> assertThat(detail).endsWith("is of 100 JPY, the order of 179600; order unchanged"));

		assertUnchanged(order, OrderStatus.PAYMENT_PROCESSING);
	}

	@Test
	void refusesACompletedReportForAnOrderWithoutPayment() {
		Order order = storedOrder(OrderState.PENDING);
		this.payments.thenAnswer(DownstreamAnswers::noPayment);

		report(order.id(), "completed", "txn-" + order.id()).expectStatus().isEqualTo(409);

		assertUnchanged(order, OrderStatus.PENDING);
	}

	@Test
	void refusesALateFailedReportOfAPaymentThatSinceCompleted() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		report(order.id(), "failed", "txn-" + order.id()).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).endsWith("is completed; order unchanged"));

		assertUnchanged(order, OrderStatus.PAYMENT_PROCESSING);
	}

	@Test
	void answers503AndChangesNothingWhileThePaymentServiceCannotBeAsked() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		this.payments.thenAnswer(MAX_RETRIES + 1, request -> DownstreamAnswers.status(503));

		report(order.id(), "completed", "txn-" + order.id()).expectStatus().isEqualTo(503);

		assertUnchanged(order, OrderStatus.PAYMENT_PROCESSING);
		assertThat(this.payments.requests()).hasSize(MAX_RETRIES + 1);
	}

	@Test
	void aReportThatChangesNothingNeedsNoConfirmation() {
		Order order = storedOrder(OrderState.PAID);

		report(order.id(), "completed", "txn-" + order.id()).expectStatus().isOk();

		assertThat(this.payments.requests()).isEmpty();
	}

	private RestTestClient.ResponseSpec report(long orderId, String status, String transactionId) {
		return postWebhook(orderId, """
				{"payment_status": "%s", "transaction_id": "%s"}""".formatted(status, transactionId));
	}

	private void assertUnchanged(Order order, OrderStatus status) {
		assertThat(getOrder(order.id()).status()).isEqualTo(status);
		assertThat(getOrder(order.id()).statusHistory()).hasSize(order.history().size());
		assertThat(this.notifications.requests()).isEmpty();
	}

	private static MockResponse payment(long orderId, long amount, String status) {
		Map<String, Object> payment = new LinkedHashMap<>();
		payment.put("id", DownstreamAnswers.paymentIdOf(orderId));
		payment.put("order_id", orderId);
		payment.put("amount", amount);
		payment.put("currency", "JPY");
		payment.put("status", status);
		payment.put("payment_method", "credit_card");
		payment.put("transaction_id", "txn-" + orderId);
		payment.put("created_at", DownstreamAnswers.TIME);
		payment.put("updated_at", DownstreamAnswers.TIME);
		return new MockResponse.Builder().code(200)
			.setHeader("Content-Type", "application/json")
			.body(JSON.writeValueAsString(payment))
			.build();
	}

}

package com.orderplatform.order.order.flow;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.DownstreamAnswers;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StubService;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DELETE /api/v1/orders/{id}: refund first, then cancel, then email; a refund that cannot
 * be made leaves the order untouched.
 */
class OrderCancellationIntegrationTests extends IntegrationTestSupport {

	@Test
	void refundsAPaidOrderThenCancelsItThenEmailsTheCustomer() {
		Order order = storedOrder(OrderState.PAID);

		OrderView cancelled = cancel(order.id(), "顧客都合").expectStatus()
			.isOk()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.statusReason()).isEqualTo("顧客都合");
		assertThat(cancelled.statusHistory()).last().satisfies(change -> {
			assertThat(change.fromStatus()).isEqualTo(OrderStatus.PAID);
			assertThat(change.reason()).isEqualTo("顧客都合");
		});
		assertThat(this.journal).containsExactly("payment-service GET /api/v1/payments/order/" + order.id(),
				"payment-service POST /api/v1/payments/refund",
				"notification-service POST /api/v1/notifications/email");
		JsonNode refund = StubService.json(this.payments.requests().get(1));
		assertThat(refund.get("payment_id").asLong()).isEqualTo(DownstreamAnswers.paymentIdOf(order.id()));
		assertThat(refund.get("reason").asString()).isEqualTo("顧客都合");
		JsonNode email = StubService.json(this.notifications.onlyRequest());
		assertThat(email.get("template_name").asString()).isEqualTo("ORDER_CANCELLED");
		assertThat(email.get("to_email").asString()).isEqualTo(order.customerEmail());
		assertThat(email.get("template_data").get("reason").asString()).isEqualTo("顧客都合");
	}

	@Test
	void givesTheRefundAReasonWhenNoneWasGiven() {
		Order order = storedOrder(OrderState.PAID);

		cancel(order.id(), null).expectStatus().isOk();

		assertThat(StubService.json(this.payments.requests().get(1)).get("reason").asString())
			.isEqualTo("Order " + order.id() + " cancelled");
		assertThat(getOrder(order.id()).statusReason()).isNull();
	}

	@Test
	void leavesThePaidOrderUntouchedWhenThePaymentServiceIsDown() {
		Order order = storedOrder(OrderState.PAID);
		this.payments.close();

		cancel(order.id(), "顧客都合").expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class,
					detail -> assertThat(detail)
						.startsWith("Order " + order.id() + " could not be refunded (payment-service is unreachable: ")
						.endsWith("); order not cancelled, try again"));

		OrderView unchanged = getOrder(order.id());
		assertThat(unchanged.status()).isEqualTo(OrderStatus.PAID);
		assertThat(unchanged.statusHistory()).hasSize(order.history().size());
		assertThat(this.notifications.requests()).isEmpty();
	}

	@Test
	void retriesTheRefundOfAnUnavailablePaymentServiceBeforeAnswering503() {
		Order order = storedOrder(OrderState.PAID);
		this.payments.thenAnswer(request -> DownstreamAnswers.paymentOfOrder(request, "completed"))
			.thenAnswer(1 + MAX_RETRIES, request -> DownstreamAnswers.status(503));

		cancel(order.id(), null).expectStatus().isEqualTo(503);

		assertThat(this.payments.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly("/api/v1/payments/order/" + order.id(), "/api/v1/payments/refund",
					"/api/v1/payments/refund", "/api/v1/payments/refund", "/api/v1/payments/refund");
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void leavesThePaidOrderUntouchedWhenTheRefundIsRefused() {
		Order order = storedOrder(OrderState.PAID);
		this.payments.thenAnswer(request -> DownstreamAnswers.paymentOfOrder(request, "completed"))
			.thenAnswer(request -> DownstreamAnswers.problem(409, "Payment cannot be refunded in state failed"));

		cancel(order.id(), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order " + order.id() + " could not be refunded (payment-service rejected the request (409): "
					+ "Payment cannot be refunded in state failed); order not cancelled");

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
		assertThat(this.payments.requests()).hasSize(2);
	}

	@Test
	void cancelsAPendingOrderWithoutPaymentWithoutRefund() {
		Order order = storedOrder(OrderState.PENDING);
		this.payments.thenAnswer(DownstreamAnswers::noPayment);

		cancel(order.id(), null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("cancelled");

		assertThat(this.payments.onlyRequest().getTarget()).isEqualTo("/api/v1/payments/order/" + order.id());
		assertThat(StubService.json(this.notifications.onlyRequest()).get("template_name").asString())
			.isEqualTo("ORDER_CANCELLED");
	}

	@Test
	void refundsAPaymentThatCompletedWhileTheOrderWasStillProcessing() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		cancel(order.id(), null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("cancelled");

		assertThat(this.payments.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly("/api/v1/payments/order/" + order.id(), "/api/v1/payments/refund");
	}

	@Test
	void cancelsWithoutRefundWhenThePaymentHadFailed() {
		Order order = storedOrder(OrderState.PENDING);
		this.payments.thenAnswer(request -> DownstreamAnswers.paymentOfOrder(request, "failed"));

		cancel(order.id(), null).expectStatus().isOk();

		assertThat(this.payments.requests()).hasSize(1);
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@ParameterizedTest
	@EnumSource(value = OrderState.class, names = { "SHIPPED", "DELIVERED", "CANCELLED" })
	void refusesToCancelAnOrderThatIsShippedDeliveredOrCancelled(OrderState status) {
		Order order = storedOrder(status);

		cancel(order.id(), null).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order " + order.id() + " cannot move from " + status.dbValue() + " to cancelled");

		assertThat(this.payments.requests()).isEmpty();
		assertThat(this.notifications.requests()).isEmpty();
	}

	@Test
	void keepsTheCancellationWhenTheEmailFails() {
		Order order = storedOrder(OrderState.PAID);
		this.notifications.close();

		cancel(order.id(), null).expectStatus().isOk();

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.CANCELLED);
	}

	@Test
	void answersNotFoundForAnUnknownOrder() {
		cancel(999999997L, null).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order 999999997 not found");
		assertThat(this.payments.requests()).isEmpty();
	}

	private RestTestClient.ResponseSpec cancel(long orderId, String reason) {
		return this.http.delete()
			.uri((reason != null) ? "/api/v1/orders/{id}?reason={reason}" : "/api/v1/orders/{id}", orderId, reason)
			.exchange();
	}

}

package com.orderplatform.order.order.flow;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.DownstreamAnswers;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StubService;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/orders/{id}/webhook: the payment service's signed reports, each
 * idempotent.
 */
class PaymentWebhookIntegrationTests extends IntegrationTestSupport {

	@Test
	void completedMarksAProcessingOrderPaidWithoutASecondConfirmation() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		OrderView paid = report(order.id(), "completed", null);

		assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid.statusReason()).isNull();
		assertThat(this.notifications.requests()).as("the creation flow sends the confirmation").isEmpty();
		assertThat(this.payments.onlyRequest().getTarget()).as("the report was confirmed first")
			.isEqualTo("/api/v1/payments/order/" + order.id());
	}

	@Test
	void completedHealsAnOrderRevertedToPendingAndConfirmsIt() {
		Order order = storedOrder(OrderState.PENDING);

		OrderView paid = report(order.id(), "completed", null);

		assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid.statusReason())
			.isEqualTo("payment completed after the order had been reverted (transaction txn-" + order.id() + ")");
		assertThat(StubService.json(this.notifications.onlyRequest()).get("template_name").asString())
			.isEqualTo("ORDER_CONFIRMATION");
	}

	@Test
	void completedTwiceChangesTheOrderOnce() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		report(order.id(), "completed", null);
		OrderView again = report(order.id(), "completed", null);

		assertThat(again.status()).isEqualTo(OrderStatus.PAID);
		assertThat(again.statusHistory()).extracting(change -> change.toStatus())
			.containsExactly(OrderStatus.PENDING, OrderStatus.PAYMENT_PROCESSING, OrderStatus.PAID);
	}

	@ParameterizedTest
	@EnumSource(value = OrderState.class, names = { "PAID", "SHIPPED", "DELIVERED", "CANCELLED" })
	void completedLeavesAnOrderPastPaymentAsItIs(OrderState status) {
		Order order = storedOrder(status);

		OrderView unchanged = report(order.id(), "completed", null);

		assertThat(unchanged.status()).isEqualTo(status.toApi());
		assertThat(unchanged.statusHistory()).hasSize(order.history().size());
		assertThat(this.notifications.requests()).isEmpty();
	}

	@Test
	void failedRevertsAProcessingOrderToPendingWithTheReason() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		this.payments.thenAnswer(request -> DownstreamAnswers.paymentOfOrder(request, "failed"));

		OrderView pending = report(order.id(), "failed", "Card declined");

		assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(pending.statusReason())
			.isEqualTo("payment failed (transaction txn-" + order.id() + "): Card declined");
		assertThat(pending.statusHistory()).last().satisfies(change -> {
			assertThat(change.fromStatus()).isEqualTo(OrderStatus.PAYMENT_PROCESSING);
			assertThat(change.reason()).isEqualTo(pending.statusReason());
		});
	}

	@ParameterizedTest
	@EnumSource(value = OrderState.class, names = { "PENDING", "PAID", "SHIPPED", "CANCELLED" })
	void failedLeavesAnOrderNotBeingChargedAsItIs(OrderState status) {
		Order order = storedOrder(status);

		OrderView unchanged = report(order.id(), "failed", "Card declined");

		assertThat(unchanged.status()).isEqualTo(status.toApi());
		assertThat(unchanged.statusHistory()).hasSize(order.history().size());
	}

	@Test
	void refundedIsOnlyRecordedForACancelledOrder() {
		Order order = storedOrder(OrderState.CANCELLED);

		OrderView unchanged = report(order.id(), "refunded", null);

		assertThat(unchanged.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(unchanged.statusHistory()).hasSize(order.history().size());
	}

	@Test
	void acceptsThePaymentStatusInAnyCase() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		assertThat(report(order.id(), "COMPLETED", null).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void answersNotFoundForAnUnknownOrder() {
		postWebhook(999999996L, body(999999996L, "completed", null)).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order 999999996 not found");
	}

	@Test
	void rejectsAnUnknownPaymentStatusNamingTheField() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		postWebhook(order.id(), body(order.id(), "settled", null)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("payment_status")
			.jsonPath("$.detail")
			.isEqualTo("Unknown payment_status 'settled': expected completed, failed or refunded");

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAYMENT_PROCESSING);
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/orders/{order_id}/webhook:  required property 'transaction_id' not found")
	void rejectsAReportWithoutTransactionId() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		postWebhook(order.id(), "{\"payment_status\": \"completed\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("transaction_id");
	}

	private OrderView report(long orderId, String paymentStatus, String reason) {
		return postWebhook(orderId, body(orderId, paymentStatus, reason)).expectStatus()
			.isOk()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();
	}

	private static String body(long orderId, String paymentStatus, String reason) {
		return """
				{"payment_status": "%s", "transaction_id": "txn-%d", "reason": %s}""".formatted(paymentStatus, orderId,
				(reason != null) ? "\"" + reason + "\"" : "null");
	}

}

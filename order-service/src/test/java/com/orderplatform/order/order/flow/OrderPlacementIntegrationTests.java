package com.orderplatform.order.order.flow;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.StatusChangeView;
import com.orderplatform.order.order.DownstreamAnswers;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.StubService;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/orders: save, charge, confirm (spec 3.2.3), and every way the charge
 * fails.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrderPlacementIntegrationTests extends IntegrationTestSupport {

	@Test
	void chargesTheOrderMarksItPaidAndRequestsTheConfirmation() {
		String email = OrderMother.uniqueEmail();

		OrderView order = this.http.post()
			.uri("/api/v1/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-Request-Id", "req-place-1")
			.body(laptopsJson(email))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "http://localhost:\\d+/api/v1/orders/\\d+")
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.statusReason()).isNull();
		assertThat(order.totalAmount()).isEqualByComparingTo("179600");
		assertThat(order.currency()).isEqualTo("JPY");
		assertThat(order.customerEmail()).isEqualTo(email);
		assertThat(order.items()).singleElement().satisfies(item -> {
			assertThat(item.productName()).isEqualTo("ノートPC");
			assertThat(item.quantity()).isEqualTo(2);
			assertThat(item.unitPrice()).isEqualByComparingTo("89800");
			assertThat(item.subtotal()).isEqualByComparingTo("179600");
		});
		assertThat(order.statusHistory()).extracting(StatusChangeView::toStatus)
			.containsExactly(OrderStatus.PENDING, OrderStatus.PAYMENT_PROCESSING, OrderStatus.PAID);

		RecordedRequest charge = this.payments.onlyRequest();
		assertThat(charge.getMethod()).isEqualTo("POST");
		assertThat(charge.getTarget()).isEqualTo("/api/v1/payments");
		assertThat(charge.getHeaders().get("X-Request-Id")).isEqualTo("req-place-1");
		JsonNode payment = StubService.json(charge);
		assertThat(payment.get("order_id").asLong()).isEqualTo(order.id());
		assertThat(payment.get("amount").isNumber()).isTrue();
		assertThat(payment.get("amount").decimalValue()).isEqualByComparingTo("179600");
		assertThat(payment.get("currency").asString()).isEqualTo("JPY");

		RecordedRequest confirmation = this.notifications.onlyRequest();
		assertThat(confirmation.getMethod()).isEqualTo("POST");
		assertThat(confirmation.getTarget()).isEqualTo("/api/v1/notifications/email");
		assertThat(confirmation.getHeaders().get("X-Request-Id")).isEqualTo("req-place-1");
		JsonNode email1 = StubService.json(confirmation);
		assertThat(email1.get("order_id").asLong()).isEqualTo(order.id());
		assertThat(email1.get("to_email").asString()).isEqualTo(email);
		assertThat(email1.get("template_name").asString()).isEqualTo("ORDER_CONFIRMATION");
		assertThat(email1.get("language").asString()).isEqualTo("ja");
		JsonNode data = email1.get("template_data");
		assertThat(data.propertyNames()).containsExactly("order_id", "customer_name", "total_amount", "currency",
				"item_count");
		assertThat(data.get("order_id").asLong()).isEqualTo(order.id());
		assertThat(data.get("customer_name").asString()).isEqualTo("田中太郎");
		assertThat(data.get("total_amount").decimalValue()).isEqualByComparingTo("179600");
		assertThat(data.get("currency").asString()).isEqualTo("JPY");
		assertThat(data.get("item_count").asInt()).isEqualTo(1);
		assertThat(this.journal).containsExactly("payment-service POST /api/v1/payments",
				"notification-service POST /api/v1/notifications/email");
	}

	@Test
	void keepsTheOrderPendingWithTheReasonWhenThePaymentIsRejected() {
		this.payments.thenAnswer(request -> DownstreamAnswers.problem(400, "Payment for order already exists"));

		OrderView order = place();

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.statusReason())
			.isEqualTo("payment-service rejected the request (400): Payment for order already exists");
		assertThat(order.statusHistory()).last().satisfies(change -> {
			assertThat(change.fromStatus()).isEqualTo(OrderStatus.PAYMENT_PROCESSING);
			assertThat(change.toStatus()).isEqualTo(OrderStatus.PENDING);
			assertThat(change.reason()).isEqualTo(order.statusReason());
		});
		assertThat(this.payments.requests()).as("a 4xx is never retried").hasSize(1);
		assertThat(this.notifications.requests()).isEmpty();
		assertThat(getOrder(order.id()).statusReason()).isEqualTo(order.statusReason());
	}

	@Test
	void keepsTheOrderPendingWhenTheGatewayDeclines() {
		this.payments.thenAnswer(request -> DownstreamAnswers.problem(402, "Card declined by the gateway"));

		OrderView order = place();

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.statusReason())
			.isEqualTo("payment-service rejected the request (402): Card declined by the gateway");
		assertThat(this.payments.requests()).hasSize(1);
		assertThat(this.notifications.requests()).isEmpty();
	}

	@Test
	void keepsTheOrderPendingWhenThePaymentServiceIsDown() {
		this.payments.close();

		OrderView order = place();

		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.statusReason()).startsWith("payment-service is unreachable: ");
		assertThat(this.notifications.requests()).isEmpty();
	}

	@Test
	void retriesAnUnavailablePaymentServiceThreeTimesThenGivesUp() {
		this.payments.thenAnswer(1 + MAX_RETRIES, request -> DownstreamAnswers.status(503));

		OrderView order = place();

		assertThat(this.payments.requests()).hasSize(1 + MAX_RETRIES);
		assertThat(this.payments.requests()).extracting(RecordedRequest::getTarget).containsOnly("/api/v1/payments");
		assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(order.statusReason()).isEqualTo("payment-service answered 503");
	}

	@Test
	void succeedsWhenARetryOfATransientFailureGoesThrough() {
		this.payments.thenAnswer(request -> DownstreamAnswers.status(503))
			.thenAnswer(request -> DownstreamAnswers.problem(429, "Too many requests"));

		OrderView order = place();

		assertThat(this.payments.requests()).hasSize(3);
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(this.notifications.requests()).hasSize(1);
	}

	@Test
	void keepsTheOrderPaidWhenTheNotificationServiceIsDown() {
		this.notifications.close();

		OrderView order = place();

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.statusReason()).isNull();
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void keepsTheOrderPaidWhenTheNotificationServiceKeepsFailing() {
		this.notifications.thenAnswer(1 + MAX_RETRIES, request -> DownstreamAnswers.status(500));

		OrderView order = place();

		assertThat(this.notifications.requests()).hasSize(1 + MAX_RETRIES);
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void recordsPaidOnceWhenTheWebhookReportsThePaymentBeforeTheAnswerArrives() {
		this.payments.thenAnswer(request -> {
			long orderId = StubService.json(request).get("order_id").asLong();
			postWebhook(orderId, """
					{"payment_status": "completed", "transaction_id": "txn-race"}""").expectStatus().isOk();
			return DownstreamAnswers.payments(request);
		});

		OrderView order = place();

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.statusHistory()).extracting(StatusChangeView::toStatus)
			.containsExactly(OrderStatus.PENDING, OrderStatus.PAYMENT_PROCESSING, OrderStatus.PAID);
		assertThat(this.notifications.requests()).as("one confirmation, from the creation flow").hasSize(1);
	}

	@Test
	void logsTheCustomersAddressMasked(CapturedOutput output) {
		String email = OrderMother.uniqueEmail();

		OrderView order = postJson("/api/v1/orders", laptopsJson(email)).expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(output.getOut()).contains("Order " + order.id() + " placed for b***@example.co.jp with 1 items")
			.doesNotContain(email);
	}

	private OrderView place() {
		return postJson("/api/v1/orders", laptopsJson(OrderMother.uniqueEmail())).expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();
	}

}

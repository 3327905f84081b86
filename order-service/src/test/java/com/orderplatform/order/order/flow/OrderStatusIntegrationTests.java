package com.orderplatform.order.order.flow;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StubService;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** PUT /api/v1/orders/{id}/status: the state machine over HTTP. */
class OrderStatusIntegrationTests extends IntegrationTestSupport {

	@Test
	void shipsAPaidOrderAndRequestsTheShippedEmail() {
		Order order = storedOrder(OrderState.PAID);

		OrderView shipped = put(order.id(), """
				{"status": "shipped", "reason": "ヤマト運輸 1234-5678"}""").expectStatus()
			.isOk()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
		assertThat(shipped.statusReason()).isEqualTo("ヤマト運輸 1234-5678");
		assertThat(shipped.statusHistory()).last().satisfies(change -> {
			assertThat(change.fromStatus()).isEqualTo(OrderStatus.PAID);
			assertThat(change.toStatus()).isEqualTo(OrderStatus.SHIPPED);
			assertThat(change.reason()).isEqualTo("ヤマト運輸 1234-5678");
		});
		JsonNode email = StubService.json(this.notifications.onlyRequest());
		assertThat(email.get("template_name").asString()).isEqualTo("ORDER_SHIPPED");
		assertThat(email.get("to_email").asString()).isEqualTo(order.customerEmail());
		assertThat(email.get("order_id").asLong()).isEqualTo(order.id());
		assertThat(email.get("template_data").get("order_id").asLong()).isEqualTo(order.id());
		assertThat(email.get("template_data").get("customer_name").asString()).isEqualTo("田中太郎");
		assertThat(this.payments.requests()).isEmpty();
	}

	@Test
	void shipsEvenWhenTheNotificationServiceIsDown() {
		Order order = storedOrder(OrderState.PAID);
		this.notifications.close();

		put(order.id(), "{\"status\": \"shipped\"}").expectStatus().isOk();

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
	}

	@Test
	void deliversAShippedOrderWithoutEmail() {
		Order order = storedOrder(OrderState.SHIPPED);

		put(order.id(), "{\"status\": \"delivered\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("delivered");

		assertThat(this.notifications.requests()).isEmpty();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "PENDING, shipped", "PAYMENT_PROCESSING, shipped", "PAID, delivered", "SHIPPED, shipped",
			"DELIVERED, shipped", "CANCELLED, delivered", "DELIVERED, cancelled", "SHIPPED, cancelled" })
	void refusesATransitionTheStateMachineDoesNotAllow(OrderState from, String to) {
		Order order = storedOrder(from);

		put(order.id(), "{\"status\": \"" + to + "\"}").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order " + order.id() + " cannot move from " + from.dbValue() + " to " + to);

		assertThat(getOrder(order.id()).status()).isEqualTo(from.toApi());
		assertThat(this.notifications.requests()).isEmpty();
		assertThat(this.payments.requests()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = OrderStatus.class, names = { "PENDING", "PAYMENT_PROCESSING", "PAID" })
	void leavesPaymentStatusesToThePaymentFlow(OrderStatus target) {
		Order order = storedOrder(OrderState.SHIPPED);

		put(order.id(), "{\"status\": \"" + target.name().toLowerCase() + "\"}").expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order " + order.id() + " cannot be set to " + target.name().toLowerCase()
					+ " by a status update: pending, payment_processing and paid are set by the payment flow only "
					+ "(order creation and the payment service's webhook)");

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
	}

	@Test
	void cancelsThroughTheCancellationFlow() {
		Order order = storedOrder(OrderState.PAID);

		put(order.id(), "{\"status\": \"cancelled\", \"reason\": \"在庫切れ\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("cancelled")
			.jsonPath("$.status_reason")
			.isEqualTo("在庫切れ");

		assertThat(this.payments.requests()).hasSize(2);
		assertThat(StubService.json(this.notifications.onlyRequest()).get("template_name").asString())
			.isEqualTo("ORDER_CANCELLED");
	}

	@Test
	@SendsInvalidRequests("request body of PUT /api/v1/orders/{order_id}/status: /status does not have a value in the enumeration [\"pending\", \"payment_processing\", \"paid\", \"shipped\", \"delivered\", \"cancelled\"]")
	void rejectsAnUnknownStatusNamingTheField() {
		Order order = storedOrder(OrderState.PAID);

		put(order.id(), "{\"status\": \"lost\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("status");
	}

	@Test
	@SendsInvalidRequests("request body of PUT /api/v1/orders/{order_id}/status:  required property 'status' not found")
	void rejectsAMissingStatusNamingTheField() {
		Order order = storedOrder(OrderState.PAID);

		put(order.id(), "{\"reason\": \"no status\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("status");
	}

	@Test
	void answersNotFoundForAnUnknownOrder() {
		put(999999998L, "{\"status\": \"shipped\"}").expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Order 999999998 not found");
	}

	private RestTestClient.ResponseSpec put(long orderId, String json) {
		return this.http.put()
			.uri("/api/v1/orders/{id}/status", orderId)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

}

package com.orderplatform.payment.orderwebhook;

import java.time.Duration;
import java.util.List;

import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment webhook really reaching an HTTP server that plays the order service.
 */
class OrderWebhookIntegrationTests extends PaymentIntegrationTest {

	@Test
	void sendsTheCompletedPaymentToTheOrderServiceWithTheRequestId() throws Exception {
		long orderId = newOrderId();

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/payments")
			.header("X-Request-Id", "req-webhook-" + orderId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"order_id\": %d, \"amount\": 1500}".formatted(orderId))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED);
		PaymentView payment = read(result, PaymentView.class);
		RecordedRequest webhook = awaitWebhooks(orderId, 1).get(0);
		assertThat(webhook.getMethod()).isEqualTo("POST");
		assertThat(webhook.getTarget()).isEqualTo("/api/v1/orders/" + orderId + "/webhook");
		assertThat(webhook.getHeaders().get("X-Request-Id")).isEqualTo("req-webhook-" + orderId);
		assertThat(webhook.getHeaders().get("Content-Type")).isEqualTo("application/json");
		JSONAssert.assertEquals("""
				{"payment_status": "completed", "transaction_id": "%s", "reason": null}"""
			.formatted(payment.transactionId()), webhook.getBody().utf8(), JSONCompareMode.STRICT);
	}

	@Test
	void sendsTheRefundWithItsReason() throws Exception {
		long orderId = newOrderId();
		PaymentView payment = pay(orderId, "1500");

		assertThat(postJson("/api/v1/payments/refund", """
				{"payment_id": %d, "reason": "order cancelled by customer"}""".formatted(payment.id())))
			.hasStatus(HttpStatus.CREATED);

		List<RecordedRequest> webhooks = awaitWebhooks(orderId, 2);
		String refunded = webhooks.stream()
			.map(webhook -> webhook.getBody().utf8())
			.filter(body -> body.contains("refunded"))
			.findFirst()
			.orElseThrow();
		JSONAssert.assertEquals("""
				{"payment_status": "refunded", "transaction_id": "%s", "reason": "order cancelled by customer"}"""
			.formatted(payment.transactionId()), refunded, JSONCompareMode.STRICT);
	}

	@Test
	void aWebhookTheOrderServiceNeverAcceptsLeavesThePaymentUnchanged() {
		long orderId = newOrderId();
		this.orderService.makeUnavailableFor(orderId);

		PaymentView payment = pay(orderId, "1500");

		// The first call and three retries, each answered 503.
		awaitWebhooks(orderId, 4);
		MvcTestResult after = this.mvc.get().uri("/api/v1/payments/{id}", payment.id()).exchange();
		assertThat(after).hasStatus(HttpStatus.OK);
		PaymentView unchanged = read(after, PaymentView.class);
		assertThat(unchanged.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(unchanged).isEqualTo(payment);
	}

	private List<RecordedRequest> awaitWebhooks(long orderId, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.orderService.webhooksFor(orderId)).hasSize(count));
		return this.orderService.webhooksFor(orderId);
	}

}

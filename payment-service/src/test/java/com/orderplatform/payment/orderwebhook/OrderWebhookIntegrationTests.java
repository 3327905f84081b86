package com.orderplatform.payment.orderwebhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.TestSecurity;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.awaitility.Awaitility.await;

/**
 * The payment webhook really reaching an HTTP server that plays the order service, signed
 * so that the order service can verify it.
 */
class OrderWebhookIntegrationTests extends PaymentIntegrationTest {

	@Test
	void sendsTheCompletedPaymentToTheOrderServiceWithTheRequestId() throws Exception {
		long orderId = newOrderId();

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/payments")
			.header("X-Request-Id", "req-webhook-" + orderId)
			.header(HttpHeaders.AUTHORIZATION, TestSecurity.service())
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
		assertThat(webhook.getHeaders().get("X-OMS-Event-Id")).isEqualTo(outboxRow(orderId).get("id"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(outboxRow(orderId)).containsEntry("status", "delivered")
				.containsEntry("event_type", "payment.completed")
				.containsEntry("request_id", "req-webhook-" + orderId));
	}

	@Test
	void signsTheExactBodyItSendsWithTheSharedSecretAndAFreshTimestamp() {
		long orderId = newOrderId();
		Instant before = Instant.now();

		pay(orderId, "1500");

		RecordedRequest webhook = awaitWebhooks(orderId, 1).get(0);
		Instant after = Instant.now();
		String signature = webhook.getHeaders().get(WebhookSignatures.HEADER);
		byte[] received = webhook.getBody().toByteArray();
		String path = "/api/v1/orders/" + orderId + "/webhook";
		assertThat(webhook.getTarget()).isEqualTo(path);
		assertThatNoException().isThrownBy(() -> WebhookSignatures.verify(TestSecurity.webhookSecret(), signature,
				"POST", path, received, after, WebhookSignatures.DEFAULT_TOLERANCE));
		assertThat(timestampOf(signature)).isBetween(before.getEpochSecond(), after.getEpochSecond());
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class).isThrownBy(
				() -> WebhookSignatures.verify("another-secret-of-32-characters!".getBytes(StandardCharsets.UTF_8),
						signature, "POST", path, received, after, WebhookSignatures.DEFAULT_TOLERANCE));
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class)
			.as("the signature is bound to this order")
			.isThrownBy(() -> WebhookSignatures.verify(TestSecurity.webhookSecret(), signature, "POST",
					"/api/v1/orders/" + (orderId + 1) + "/webhook", received, after,
					WebhookSignatures.DEFAULT_TOLERANCE));
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

		// Four attempts from the outbox (max-attempts 4 here), each answered 503, each
		// signed, each with the same event id; then the webhook is given up.
		List<RecordedRequest> attempts = awaitWebhooks(orderId, 4);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(outboxRow(orderId)).containsEntry("status", "failed")
				.containsEntry("last_error", "order-service answered 503"));
		assertThat(((Number) outboxRow(orderId).get("attempts")).intValue()).isEqualTo(4);
		assertThat(attempts).extracting((attempt) -> attempt.getHeaders().get("X-OMS-Event-Id"))
			.containsOnly((String) outboxRow(orderId).get("id"));
		assertThat(this.orderService.webhooksFor(orderId)).as("no fifth attempt").hasSize(4);
		assertThat(attempts).allSatisfy(attempt -> assertThatNoException()
			.isThrownBy(() -> WebhookSignatures.verify(TestSecurity.webhookSecret(),
					attempt.getHeaders().get(WebhookSignatures.HEADER), "POST",
					"/api/v1/orders/" + orderId + "/webhook", attempt.getBody().toByteArray(), Instant.now(),
					WebhookSignatures.DEFAULT_TOLERANCE)));
		MvcTestResult after = get("/api/v1/payments/{id}", payment.id());
		assertThat(after).hasStatus(HttpStatus.OK);
		PaymentView unchanged = read(after, PaymentView.class);
		assertThat(unchanged.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(unchanged).isEqualTo(payment);
	}

	private Map<String, Object> outboxRow(long orderId) {
		return this.jdbc
			.sql("SELECT id, status, event_type, request_id, attempts, last_error FROM payment_webhook_outbox"
					+ " WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query()
			.singleRow();
	}

	private static long timestampOf(String signature) {
		Matcher matcher = Pattern.compile("t=(\\d+),v1=[0-9a-f]{64}").matcher(signature);
		assertThat(matcher.matches()).as("signature %s", signature).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private List<RecordedRequest> awaitWebhooks(long orderId, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.orderService.webhooksFor(orderId)).hasSize(count));
		return this.orderService.webhooksFor(orderId);
	}

}

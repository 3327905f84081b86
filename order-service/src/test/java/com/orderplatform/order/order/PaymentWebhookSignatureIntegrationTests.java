package com.orderplatform.order.order;

import java.time.Duration;
import java.time.Instant;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.OrderStatus;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment webhook acts only on a valid, fresh HMAC signature of its exact body; every
 * other call gets 401 and leaves the order as it was.
 */
class PaymentWebhookSignatureIntegrationTests extends IntegrationTestSupport {

	@Test
	void acceptsAValidSignatureWithoutAnyToken() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);

		send(order, body, TestSecurity.webhookSignature(body, Instant.now())).expectStatus().isOk();

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void refusesASignatureMadeWithAnotherSecret() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);
		String signature = WebhookSignatures.sign("not-the-shared-secret-at-all".getBytes(), Instant.now(),
				body.getBytes());

		refused(send(order, body, signature), "the signature does not match the body");
		assertUnchanged(order);
	}

	@Test
	void refusesABodyAlteredAfterSigning() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String signed = """
				{"payment_status": "failed", "transaction_id": "txn-%d", "reason": "Card declined"}"""
			.formatted(order.id());

		refused(send(order, completed(order), TestSecurity.webhookSignature(signed, Instant.now())),
				"the signature does not match the body");
		assertUnchanged(order);
	}

	@Test
	void refusesAWebhookWithoutSignature() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		refused(send(order, completed(order), null), "the X-OMS-Signature header is missing");
		assertUnchanged(order);
	}

	@Test
	void refusesAStaleSignatureSoACapturedCallCannotBeReplayed() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);
		String sixMinutesOld = TestSecurity.webhookSignature(body, Instant.now().minus(Duration.ofMinutes(6)));

		send(order, body, sixMinutesOld).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail)
				.matches("Webhook refused: the signature's timestamp is 36[01] s away from now \\(limit 300 s\\)"));
		assertUnchanged(order);
	}

	@Test
	void refusesAValidTokenInsteadOfASignature() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		as("admin").post()
			.uri("/api/v1/orders/{id}/webhook", order.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(completed(order))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertUnchanged(order);
	}

	private RestTestClient.ResponseSpec send(Order order, String body, String signature) {
		RestTestClient.RequestBodySpec request = this.anonymous.post()
			.uri("/api/v1/orders/{id}/webhook", order.id())
			.contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request.header(WebhookSignatures.HEADER, signature);
		}
		return request.body(body).exchange();
	}

	private static void refused(RestTestClient.ResponseSpec response, String reason) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Webhook refused: " + reason);
	}

	private void assertUnchanged(Order order) {
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAYMENT_PROCESSING);
		assertThat(getOrder(order.id()).statusHistory()).hasSize(order.history().size());
	}

	private static String completed(Order order) {
		return """
				{"payment_status": "completed", "transaction_id": "txn-%d"}""".formatted(order.id());
	}

}

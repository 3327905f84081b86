package com.orderplatform.order.order.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.testsupport.PathVariants;
import com.orderplatform.testsupport.RawHttp;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The payment webhook acts only on a valid, fresh HMAC signature of its method, its path
 * (the order it changes) and its exact body; every other call, whatever spelling of the
 * path it uses, gets 401 and leaves the order as it was.
 */
class PaymentWebhookSignatureIntegrationTests extends IntegrationTestSupport {

	private static final String MISMATCH = "the signature does not match the method, path and body";

	@Test
	void acceptsAValidSignatureWithoutAnyToken() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);

		send(order, body, TestSecurity.webhookSignature(order.id(), body, Instant.now())).expectStatus().isOk();

		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	void refusesASignatureMadeWithAnotherSecret() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);
		String signature = WebhookSignatures.sign("not-the-shared-secret-at-all".getBytes(), Instant.now(), "POST",
				"/api/v1/orders/" + order.id() + "/webhook", body.getBytes());

		refused(send(order, body, signature), MISMATCH);
		assertUnchanged(order);
	}

	@Test
	void refusesABodyAlteredAfterSigning() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String signed = """
				{"payment_status": "failed", "transaction_id": "txn-%d", "reason": "Card declined"}"""
			.formatted(order.id());

		refused(send(order, completed(order), TestSecurity.webhookSignature(order.id(), signed, Instant.now())),
				MISMATCH);
		assertUnchanged(order);
	}

	@Test
	@SendsInvalidRequests("required header X-OMS-Signature of POST /api/v1/orders/{order_id}/webhook is missing")
	void refusesAWebhookWithoutSignature() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);

		refused(send(order, completed(order), null), "the X-OMS-Signature header is missing");
		assertUnchanged(order);
	}

	@Test
	void refusesAStaleSignatureSoACapturedCallCannotBeReplayed() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);
		String sixMinutesOld = TestSecurity.webhookSignature(order.id(), body,
				Instant.now().minus(Duration.ofMinutes(6)));

		send(order, body, sixMinutesOld).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail)
				.matches("Webhook refused: the signature's timestamp is \\d+ s away from now \\(limit 300 s\\)")
				.satisfies(refused -> assertThat(secondsAway(refused)).as("six minutes, however slow the machine")
					.isBetween(360, 420)));
		assertUnchanged(order);
	}

	@Test
	void refusesTheSignedReportOfOneOrderReplayedAgainstAnother() {
		Order signedFor = storedOrder(OrderState.PAYMENT_PROCESSING);
		Order target = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(signedFor);

		refused(send(target, body, TestSecurity.webhookSignature(signedFor.id(), body, Instant.now())), MISMATCH);
		assertUnchanged(target);
	}

	@Test
	void refusesTheReportedBypassOfAnEncodedLetterAndEveryOtherSpelling() {
		Order order = storedOrder(OrderState.PENDING);
		String body = """
				{"payment_status":"completed","transaction_id":"forged"}""";
		String canonical = "/api/v1/orders/" + order.id() + "/webhook";

		for (PathVariants.Variant variant : PathVariants.of(canonical)) {
			RawHttp.Response response = RawHttp.send(port(), "POST", variant.path(),
					Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));

			assertThat(response.status()).as("POST %s without a signature (%s)", variant.path(), variant.name())
				.isIn(400, 401, 404, 405);
		}
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PENDING);
		assertThat(getOrder(order.id()).statusHistory()).hasSize(order.history().size());
		assertThat(this.payments.requests()).as("nothing got as far as confirming the payment").isEmpty();
	}

	@Test
	void anEncodedSpellingOfTheSignedOrderIsTheSameOrder() {
		Order order = storedOrder(OrderState.PAYMENT_PROCESSING);
		String body = completed(order);
		String signature = TestSecurity.webhookSignature(order.id(), body, Instant.now());
		String encodedId = String.valueOf(order.id()).chars().mapToObj(c -> "%3" + (char) c).reduce("", String::concat);

		RawHttp.Response response = RawHttp.send(port(), "POST", "/api/v1/orders/" + encodedId + "/%77ebhook",
				Map.of("Content-Type", "application/json", WebhookSignatures.HEADER, signature),
				body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(getOrder(order.id()).status()).isEqualTo(OrderStatus.PAID);
	}

	@Test
	@SendsInvalidRequests("required header X-OMS-Signature of POST /api/v1/orders/{order_id}/webhook is missing")
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

	private static int secondsAway(String detail) {
		return Integer.parseInt(detail.replaceAll("\\D*(\\d+) s away.*", "$1"));
	}

	private int port() {
		return Integer.parseInt(this.context.getEnvironment().getRequiredProperty("local.server.port"));
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

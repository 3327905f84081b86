package com.orderplatform.payment.payment.callback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.TestSecurity;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentMother;
import com.orderplatform.payment.payment.PaymentState;
import com.orderplatform.payment.payment.store.PaymentRepository;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway's callback is authenticated by its HMAC signature of the exact body: only a
 * valid, fresh signature with the gateway's secret reaches the controller; anything else
 * is refused with 401 and changes nothing.
 */
class GatewayCallbackSignatureIntegrationTests extends PaymentIntegrationTest {

	private static final byte[] WRONG_SECRET = "not-the-gateway-callback-secret".getBytes(StandardCharsets.UTF_8);

	@Autowired
	private PaymentRepository payments;

	@Test
	void acceptsACallbackSignedWithTheGatewaySecret() {
		Payment processing = storedProcessingPayment();
		String body = completed(processing);

		MvcTestResult result = callback(body, sign(TestSecurity.gatewayCallbackSecret(), Instant.now(), body));

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(stored(processing).state()).isEqualTo(PaymentState.COMPLETED);
		await().untilAsserted(() -> assertThat(this.orderService.webhooksFor(processing.orderId())).hasSize(1));
	}

	@Test
	void acceptsASignedCallbackEvenWithAStaleBearerToken() {
		Payment processing = storedProcessingPayment();
		String body = completed(processing);

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/payments/webhook")
			.header(WebhookSignatures.HEADER, sign(TestSecurity.gatewayCallbackSecret(), Instant.now(), body))
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(stored(processing).state()).isEqualTo(PaymentState.COMPLETED);
	}

	@Test
	void refusesACallbackSignedWithAnotherSecret() {
		Payment processing = storedProcessingPayment();
		String body = completed(processing);

		MvcTestResult result = callback(body, sign(WRONG_SECRET, Instant.now(), body));

		assertRefusedAndUnchanged(result, processing,
				"Webhook refused: the signature does not match the method, path and body");
	}

	@Test
	void refusesACallbackWhoseBodyWasAlteredAfterSigning() {
		Payment processing = storedProcessingPayment();
		String signedBody = failed(processing);
		String signature = sign(TestSecurity.gatewayCallbackSecret(), Instant.now(), signedBody);

		MvcTestResult result = callback(completed(processing), signature);

		assertRefusedAndUnchanged(result, processing,
				"Webhook refused: the signature does not match the method, path and body");
	}

	@Test
	@SendsInvalidRequests("required header X-OMS-Signature of POST /api/v1/payments/webhook is missing")
	void refusesACallbackWithoutSignature() {
		Payment processing = storedProcessingPayment();

		MvcTestResult result = callback(completed(processing), null);

		assertRefusedAndUnchanged(result, processing, "Webhook refused: the X-OMS-Signature header is missing");
	}

	@Test
	void refusesACallbackSignedSixMinutesAgo() {
		Payment processing = storedProcessingPayment();
		String body = completed(processing);
		Instant sixMinutesAgo = Instant.now().minus(Duration.ofMinutes(6));

		MvcTestResult result = callback(body, sign(TestSecurity.gatewayCallbackSecret(), sixMinutesAgo, body));

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Webhook refused: the signature's timestamp is ")
			.endsWith(" s away from now (limit 300 s)");
		assertUnchanged(processing);
	}

	private void assertRefusedAndUnchanged(MvcTestResult result, Payment processing, String detail) {
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/payments/webhook");
		assertUnchanged(processing);
	}

	private void assertUnchanged(Payment processing) {
		Payment stored = stored(processing);
		assertThat(stored.state()).isEqualTo(PaymentState.PROCESSING);
		assertThat(stored.updatedAt()).isEqualTo(processing.updatedAt());
		assertThat(stored.failureReason()).isNull();
		assertThat(this.orderService.webhooksFor(processing.orderId())).isEmpty();
	}

	private MvcTestResult callback(String body, String signature) {
		var request = this.mvc.post().uri("/api/v1/payments/webhook").contentType(MediaType.APPLICATION_JSON);
		if (signature != null) {
			request.header(WebhookSignatures.HEADER, signature);
		}
		return request.content(body).exchange();
	}

	private static String sign(byte[] secret, Instant at, String body) {
		return WebhookSignatures.sign(secret, at, "POST", TestSecurity.GATEWAY_CALLBACK,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private static String completed(Payment payment) {
		return """
				{"transaction_id": "%s", "status": "completed"}""".formatted(payment.transactionId());
	}

	private static String failed(Payment payment) {
		return """
				{"transaction_id": "%s", "status": "failed", "reason": "card expired"}"""
			.formatted(payment.transactionId());
	}

	private Payment storedProcessingPayment() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return this.payments.insert(PaymentMother.processing(newOrderId(), "4200", now));
	}

	private Payment stored(Payment payment) {
		return this.payments.findById(payment.id()).orElseThrow();
	}

}

package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookSignaturesTests {

	private static final byte[] SECRET = "a-secret-of-sufficient-length".getBytes(StandardCharsets.UTF_8);

	private static final String PATH = "/api/v1/orders/42/webhook";

	private static final byte[] BODY = "{\"payment_status\":\"completed\",\"transaction_id\":\"txn-42\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2026-11-26T06:00:00Z");

	/**
	 * Computed outside this code base, with {@code printf
	 * '1795672800\nPOST\n/api/v1/orders/42/webhook\n{"payment_status":"completed","transaction_id":"txn-42"}'
	 * | openssl dgst -sha256 -hmac 'a-secret-of-sufficient-length'} (and the same with
	 * Python's {@code hmac}).
	 */
	private static final String TEST_VECTOR = "t=1795672800,v1=788da11ae05774041f14813416364d03ecb8ff2396982429d4a515ddcead7088";

	@Test
	void signsTheDocumentedMessageAsAnIndependentImplementationDoes() {
		assertThat(WebhookSignatures.sign(SECRET, NOW, "POST", PATH, BODY)).isEqualTo(TEST_VECTOR);
	}

	@Test
	void acceptsTheIndependentlyComputedSignature() {
		assertThatCode(() -> WebhookSignatures.verify(SECRET, TEST_VECTOR, "POST", PATH, BODY, NOW.plusSeconds(299),
				WebhookSignatures.DEFAULT_TOLERANCE))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesASignatureMadeWithAnotherSecret() {
		String header = WebhookSignatures.sign("another-secret-of-length".getBytes(StandardCharsets.UTF_8), NOW, "POST",
				PATH, BODY);

		assertRefused(header, "POST", PATH, BODY, NOW, "does not match");
	}

	@Test
	void refusesAnAlteredBody() {
		byte[] altered = "{\"payment_status\":\"completed\",\"transaction_id\":\"txn-43\"}"
			.getBytes(StandardCharsets.UTF_8);

		assertRefused(TEST_VECTOR, "POST", PATH, altered, NOW, "does not match");
	}

	@Test
	void refusesTheSignatureOfOneOrderReplayedAgainstAnother() {
		assertRefused(TEST_VECTOR, "POST", "/api/v1/orders/43/webhook", BODY, NOW, "does not match");
		assertRefused(TEST_VECTOR, "POST", "/api/v1/orders/042/webhook", BODY, NOW, "does not match");
	}

	@Test
	void refusesTheSignatureOfOneMethodUsedWithAnother() {
		assertRefused(TEST_VECTOR, "PUT", PATH, BODY, NOW, "does not match");
	}

	@Test
	void cannotBeShiftedBetweenPathAndBody() {
		// With a plain separator, "/a.b" + "c" and "/a" + "b.c" would sign the same
		// bytes.
		String header = WebhookSignatures.sign(SECRET, NOW, "POST", "/a", "x\n{}".getBytes(StandardCharsets.UTF_8));

		assertRefused(header, "POST", "/a\nx", "{}".getBytes(StandardCharsets.UTF_8), NOW, "line break");
		assertRefused(header, "POST", "/ax", "{}".getBytes(StandardCharsets.UTF_8), NOW, "does not match");
	}

	@Test
	void refusesAMissingOrMalformedHeader() {
		assertRefused(null, "POST", PATH, BODY, NOW, "missing");
		assertRefused("sha256=abc", "POST", PATH, BODY, NOW, "not of the form");
		assertRefused(TEST_VECTOR.toUpperCase(), "POST", PATH, BODY, NOW, "not of the form");
	}

	@Test
	void refusesATimestampMoreThanFiveMinutesAway() {
		assertRefused(TEST_VECTOR, "POST", PATH, BODY, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), "301 s away");
		assertRefused(TEST_VECTOR, "POST", PATH, BODY, NOW.minus(Duration.ofMinutes(6)), "360 s away");
	}

	private static void assertRefused(String header, String method, String path, byte[] body, Instant now,
			String reason) {
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class)
			.isThrownBy(() -> WebhookSignatures.verify(SECRET, header, method, path, body, now,
					WebhookSignatures.DEFAULT_TOLERANCE))
			.withMessageContaining(reason);
	}

}

package com.orderplatform.common.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhookSignaturesTests {

	private static final byte[] SECRET = "a-secret-of-sufficient-length".getBytes(StandardCharsets.UTF_8);

	private static final byte[] BODY = "{\"payment_status\":\"completed\"}".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

	@Test
	void acceptsTheSignatureOfTheExactBody() {
		String header = WebhookSignatures.sign(SECRET, NOW, BODY);

		assertThatCode(() -> WebhookSignatures.verify(SECRET, header, BODY, NOW.plusSeconds(299),
				WebhookSignatures.DEFAULT_TOLERANCE))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesASignatureMadeWithAnotherSecret() {
		String header = WebhookSignatures.sign("another-secret-of-length".getBytes(StandardCharsets.UTF_8), NOW, BODY);

		assertRefused(header, BODY, NOW, "does not match");
	}

	@Test
	void refusesAnAlteredBody() {
		String header = WebhookSignatures.sign(SECRET, NOW, BODY);
		byte[] altered = "{\"payment_status\":\"refunded\"}".getBytes(StandardCharsets.UTF_8);

		assertRefused(header, altered, NOW, "does not match");
	}

	@Test
	void refusesAMissingOrMalformedHeader() {
		assertRefused(null, BODY, NOW, "missing");
		assertRefused("sha256=abc", BODY, NOW, "not of the form");
	}

	@Test
	void refusesATimestampMoreThanFiveMinutesAway() {
		String header = WebhookSignatures.sign(SECRET, NOW, BODY);

		assertRefused(header, BODY, NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), "301 s away");
		assertRefused(header, BODY, NOW.minus(Duration.ofMinutes(6)), "360 s away");
	}

	private static void assertRefused(String header, byte[] body, Instant now, String reason) {
		assertThatExceptionOfType(WebhookSignatures.InvalidSignatureException.class)
			.isThrownBy(() -> WebhookSignatures.verify(SECRET, header, body, now, WebhookSignatures.DEFAULT_TOLERANCE))
			.withMessageContaining(reason);
	}

}

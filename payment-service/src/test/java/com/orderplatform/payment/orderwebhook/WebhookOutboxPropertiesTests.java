package com.orderplatform.payment.orderwebhook;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookOutboxPropertiesTests {

	@Test
	void waitsTheBackOffDoubledPerAttemptUpToTheMaximum() {
		WebhookOutboxProperties properties = properties(Duration.ofMinutes(1), Duration.ofSeconds(1),
				Duration.ofMinutes(5));

		assertThat(IntStream.rangeClosed(1, 11).mapToObj(properties::backoffAfter)).containsExactly(
				Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
				Duration.ofSeconds(16), Duration.ofSeconds(32), Duration.ofSeconds(64), Duration.ofSeconds(128),
				Duration.ofSeconds(256), Duration.ofMinutes(5), Duration.ofMinutes(5));
	}

	@Test
	void refusesALeaseThatOneCallToTheOrderServiceCouldOutlast() {
		OrderServiceProperties orderService = new OrderServiceProperties(URI.create("http://localhost:8000"),
				Duration.ofSeconds(2), Duration.ofSeconds(10));

		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WebhookOutboxConfiguration().webhookDrainer(null, null,
					properties(Duration.ofSeconds(12), Duration.ofSeconds(1), Duration.ofMinutes(5)), orderService,
					Clock.systemUTC(), new MockEnvironment()))
			.withMessage("oms.webhooks.outbox.lease (OMS_PAYMENT_WEBHOOK_LEASE) must be longer than one call to the "
					+ "order service (connect and read timeouts, PT12S) but was PT12S");
	}

	private static WebhookOutboxProperties properties(Duration lease, Duration backoff, Duration maxBackoff) {
		return new WebhookOutboxProperties(Duration.ofSeconds(1), lease, 20, backoff, maxBackoff, 8, Duration.ofDays(7),
				null);
	}

}

package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	private static final Instant NOW = Instant.parse("2025-12-01T10:00:00Z");

	private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1));

	@Test
	void doublesTheWaitForEachRetry() {
		assertThat(this.policy.nextAttempt(1, false, NOW)).contains(NOW.plusSeconds(1));
		assertThat(this.policy.nextAttempt(2, false, NOW)).contains(NOW.plusSeconds(2));
		assertThat(this.policy.nextAttempt(3, false, NOW)).contains(NOW.plusSeconds(4));
	}

	@Test
	void givesUpAfterTheLastRetry() {
		assertThat(this.policy.nextAttempt(4, false, NOW)).isEmpty();
	}

	@Test
	void neverRetriesAPermanentFailure() {
		assertThat(this.policy.nextAttempt(1, true, NOW)).isEmpty();
	}

	@Test
	void canBeToldNotToRetry() {
		assertThat(new RetryPolicy(0, Duration.ofSeconds(1)).nextAttempt(1, false, NOW)).isEmpty();
	}

}

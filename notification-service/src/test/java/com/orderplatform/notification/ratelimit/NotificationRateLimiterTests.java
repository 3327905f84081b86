package com.orderplatform.notification.ratelimit;

import java.time.Duration;

import com.orderplatform.notification.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationRateLimiterTests {

	private final TestTime time = new TestTime();

	private final NotificationRateLimiter limiter = new NotificationRateLimiter(new RateLimitProperties(3), this.time);

	@Test
	void grantsTheConfiguredNumberOfPermitsPerSecond() {
		this.limiter.acquire();
		this.limiter.acquire();
		this.limiter.acquire();

		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(this.limiter::acquire)
			.withMessage("At most 3 notifications per second can be sent; retry in 1 s")
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(1));
	}

	@Test
	void refillsAfterOneSecond() {
		for (int i = 0; i < 3; i++) {
			this.limiter.acquire();
		}
		this.time.advance(Duration.ofMillis(999));
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(this.limiter::acquire);

		this.time.advance(Duration.ofMillis(1));

		for (int i = 0; i < 3; i++) {
			this.limiter.acquire();
		}
		assertThatExceptionOfType(RateLimitExceededException.class).isThrownBy(this.limiter::acquire);
	}

	@ParameterizedTest
	@CsvSource({ "0, 1", "1, 1", "999999999, 1", "1000000000, 1", "1000000001, 2", "2500000000, 3" })
	void roundsTheWaitUpToWholeSecondsOfAtLeastOne(long waitNanos, long retryAfterSeconds) {
		assertThat(new RateLimitExceededException(10, Duration.ofNanos(waitNanos)).retryAfterSeconds())
			.isEqualTo(retryAfterSeconds);
	}

	@Test
	void failsFastOnALimitBelowOne() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
			.withPropertyValues("oms.notifications.rate-limit-per-second=0")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("oms.notifications.rate-limit-per-second"));
	}

	@Test
	void defaultsToTenPerSecond() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
			.run((context) -> assertThat(context.getBean(RateLimitProperties.class).rateLimitPerSecond())
				.isEqualTo(10));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(RateLimitProperties.class)
	static class PropertiesOnly {

	}

}

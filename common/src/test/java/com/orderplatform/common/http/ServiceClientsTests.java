package com.orderplatform.common.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceClientsTests {

	private final RetryTemplate retry = ServiceClients.retryTemplate(new ServiceClientProperties(
			URI.create("http://localhost:1"), Duration.ofSeconds(1), Duration.ofSeconds(1), 3, Duration.ofMillis(1)));

	@Test
	void retriesTransientFailuresUntilTheCallSucceeds() {
		AtomicInteger calls = new AtomicInteger();

		String result = ServiceClients.callWithRetry(this.retry, () -> {
			if (calls.incrementAndGet() < 3) {
				throw HttpServerErrorException.create(HttpStatus.SERVICE_UNAVAILABLE, "down", null, null, null);
			}
			return "ok";
		});

		assertThat(result).isEqualTo("ok");
		assertThat(calls).hasValue(3);
	}

	@Test
	void givesUpAfterTheRetryBudgetWithTheLastFailure() {
		AtomicInteger calls = new AtomicInteger();

		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> ServiceClients.callWithRetry(this.retry, () -> {
				calls.incrementAndGet();
				throw new ResourceAccessException("Connection refused");
			}));
		assertThat(calls).hasValue(4);
	}

	@Test
	void neverRetriesARejectedRequest() {
		AtomicInteger calls = new AtomicInteger();

		assertThatExceptionOfType(HttpClientErrorException.class)
			.isThrownBy(() -> ServiceClients.callWithRetry(this.retry, () -> {
				calls.incrementAndGet();
				throw HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "bad", null, null, null);
			}));
		assertThat(calls).hasValue(1);
	}

	@Test
	void treatsTooManyRequestsAsTransient() {
		assertThat(ServiceClients
			.isTransient(HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS, "slow down", null, null, null)))
			.isTrue();
		assertThat(ServiceClients
			.isTransient(HttpClientErrorException.create(HttpStatus.CONFLICT, "conflict", null, null, null))).isFalse();
	}

	@Test
	void rejectsARelativeBaseUrlByPropertyName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ServiceClientProperties(URI.create("/api/v1"), null, Duration.ofSeconds(1), 3, null))
			.withMessageContaining("base-url");
	}

}

package com.orderplatform.common.http;

import java.net.URI;
import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Where a downstream service lives and how patiently to call it.
 *
 * @param baseUrl the service's root URL, e.g. {@code http://localhost:8001}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (the spec: 30 s for payments, 10 s
 * otherwise)
 * @param maxRetries how many times a transient failure is retried (0 disables retries)
 * @param initialBackoff the delay before the first retry; it doubles for each further
 * retry
 */
public record ServiceClientProperties(URI baseUrl, Duration connectTimeout, Duration readTimeout, int maxRetries,
		Duration initialBackoff) {

	public ServiceClientProperties {
		Assert.notNull(baseUrl, "base-url must be set");
		Assert.isTrue(baseUrl.isAbsolute(), () -> "base-url must be an absolute URL but was '" + baseUrl + "'");
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(2);
		Assert.isTrue(readTimeout != null && readTimeout.isPositive(), "read-timeout must be a positive duration");
		Assert.isTrue(maxRetries >= 0 && maxRetries <= 10, () -> "max-retries must be 0..10 but was " + maxRetries);
		initialBackoff = (initialBackoff != null) ? initialBackoff : Duration.ofMillis(200);
	}

}

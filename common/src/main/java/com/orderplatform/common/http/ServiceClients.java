package com.orderplatform.common.http;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.function.Supplier;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Builds the {@link RestClient} and retry policy every service-to-service call uses:
 * timeouts from {@link ServiceClientProperties}, request-id propagation (from the
 * Boot-provided builder), and up to N retries with exponential backoff and jitter for
 * transient failures only.
 */
public final class ServiceClients {

	private ServiceClients() {
	}

	/**
	 * Creates a client for the given downstream service.
	 * @param builder the Boot-configured builder (JSON conventions, request-id
	 * propagation)
	 * @param properties where the service is and its timeouts
	 * @return a client with base URL and timeouts applied
	 */
	public static RestClient restClient(RestClient.Builder builder, ServiceClientProperties properties) {
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withConnectTimeout(properties.connectTimeout())
			.withReadTimeout(properties.readTimeout());
		return builder.clone()
			.baseUrl(properties.baseUrl().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
			.build();
	}

	/**
	 * Creates the retry template for calls to the given service.
	 * @param properties the retry budget
	 * @return a template retrying transient failures only
	 */
	public static RetryTemplate retryTemplate(ServiceClientProperties properties) {
		RetryPolicy policy = RetryPolicy.builder()
			.maxRetries(properties.maxRetries())
			.delay(properties.initialBackoff())
			.multiplier(2.0)
			.jitter(properties.initialBackoff().dividedBy(2))
			.maxDelay(properties.initialBackoff().multipliedBy(16))
			.predicate(ServiceClients::isTransient)
			.build();
		return new RetryTemplate(policy);
	}

	/**
	 * Runs a call with the given template and unwraps the last failure, so callers handle
	 * the same exceptions with or without retries.
	 * @param <T> the result type
	 * @param retry the retry template
	 * @param call the call
	 * @return the call's result
	 */
	public static <T> T callWithRetry(RetryTemplate retry, Supplier<T> call) {
		try {
			return retry.execute(call::get);
		}
		catch (RetryException ex) {
			Throwable last = ex.getCause();
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(last);
		}
	}

	/**
	 * Whether a failure is worth retrying: no connection, a timeout, a 5xx or a 429. A
	 * 4xx answer (the request itself is wrong) never is.
	 * @param failure the failure
	 * @return {@code true} when a retry may succeed
	 */
	public static boolean isTransient(Throwable failure) {
		return failure instanceof ResourceAccessException || failure instanceof HttpServerErrorException
				|| failure instanceof HttpClientErrorException.TooManyRequests || failure instanceof ConnectException
				|| failure instanceof HttpConnectTimeoutException;
	}

}

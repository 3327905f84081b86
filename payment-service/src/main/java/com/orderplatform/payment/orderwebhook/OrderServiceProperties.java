package com.orderplatform.payment.orderwebhook;

import java.net.URI;
import java.time.Duration;

import com.orderplatform.common.http.ServiceClientProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the order service is and how patiently to call it ({@code oms.order-service.*}).
 *
 * @param baseUrl its root URL ({@code OMS_ORDER_URL}, default
 * {@code http://localhost:8000})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (10 s for webhooks, ARCHITECTURE §3)
 * @param maxRetries how often a transient failure is retried
 * @param initialBackoff the first retry's delay, doubled for each further retry
 */
@ConfigurationProperties("oms.order-service")
public record OrderServiceProperties(@DefaultValue("http://localhost:8000") URI baseUrl,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("3") int maxRetries, @DefaultValue("200ms") Duration initialBackoff) {

	/**
	 * The same settings in the shape the platform's client helpers take; fails when a
	 * value is invalid, naming it.
	 * @return the client properties
	 */
	public ServiceClientProperties toClientProperties() {
		return new ServiceClientProperties(this.baseUrl, this.connectTimeout, this.readTimeout, this.maxRetries,
				this.initialBackoff);
	}

}

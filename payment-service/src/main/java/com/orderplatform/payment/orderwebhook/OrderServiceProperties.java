package com.orderplatform.payment.orderwebhook;

import java.net.URI;
import java.time.Duration;

import com.orderplatform.common.http.ServiceClientProperties;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the order service is and how patiently to call it ({@code oms.order-service.*}).
 * Each call is one attempt: the webhook outbox retries with its own back-off
 * ({@link WebhookOutboxProperties}), across restarts and instances.
 *
 * @param baseUrl its root URL ({@code OMS_ORDER_URL}, default
 * {@code http://localhost:8000})
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer (10 s for webhooks, ARCHITECTURE §3)
 */
@ConfigurationProperties("oms.order-service")
public record OrderServiceProperties(@DefaultValue("http://localhost:8000") URI baseUrl,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {

	/**
	 * The same settings in the shape the platform's client helpers take, without retries;
	 * fails when a value is invalid, naming it.
	 * @return the client properties
	 */
	public ServiceClientProperties toClientProperties() {
		return new ServiceClientProperties(this.baseUrl, this.connectTimeout, this.readTimeout, 0, null);
	}

}

package com.orderplatform.payment.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The payment gateway ({@code oms.gateway.*}): how the simulator behaves, and the secret
 * the gateway signs its callbacks with. The defaults approve every charge at once.
 *
 * @param latency how long each charge takes ({@code OMS_GATEWAY_LATENCY}, default 0ms)
 * @param failureRate the share of charges declined, 0.0 to 1.0
 * ({@code OMS_GATEWAY_FAILURE_RATE}, default 0.0)
 * @param seed a seed for the simulator's randomness, for repeatable runs; {@code null}
 * for a random one
 * @param callbackSecret the secret the gateway's callbacks are signed with
 * ({@code OMS_GATEWAY_CALLBACK_SECRET}); empty for the shared file
 * {@value #CALLBACK_SECRET_FILE} in the data directory
 */
@ConfigurationProperties("oms.gateway")
public record GatewayProperties(@DefaultValue("0ms") Duration latency, @DefaultValue("0.0") double failureRate,
		Long seed, String callbackSecret) {

	/** The file in the data directory holding the callback secret when none is set. */
	public static final String CALLBACK_SECRET_FILE = "gateway-callback.secret";

	/** The name the callback handler's {@code @SignedWebhook} refers to its secret by. */
	public static final String CALLBACK_SECRET_NAME = "gateway-callback";

	public GatewayProperties {
		Assert.isTrue(latency != null && !latency.isNegative(),
				() -> "oms.gateway.latency must be zero or positive but was " + latency);
		Assert.isTrue(failureRate >= 0.0 && failureRate <= 1.0,
				() -> "oms.gateway.failure-rate must be between 0.0 and 1.0 but was " + failureRate);
		Assert.isTrue(callbackSecret == null || callbackSecret.isBlank() || callbackSecret.length() >= 16,
				"oms.gateway.callback-secret (OMS_GATEWAY_CALLBACK_SECRET) must be at least 16 characters");
	}

	@Override
	public String toString() {
		return "GatewayProperties[latency=%s, failureRate=%s, seed=%s, callbackSecret=%s]".formatted(this.latency,
				this.failureRate, this.seed,
				(this.callbackSecret == null || this.callbackSecret.isBlank()) ? "(shared file)" : "(set)");
	}

}

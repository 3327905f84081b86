package com.orderplatform.payment.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How the simulated gateway behaves ({@code oms.gateway.*}). The defaults approve every
 * charge at once.
 *
 * @param latency how long each charge takes ({@code OMS_GATEWAY_LATENCY}, default 0ms)
 * @param failureRate the share of charges declined, 0.0 to 1.0
 * ({@code OMS_GATEWAY_FAILURE_RATE}, default 0.0)
 * @param seed a seed for the simulator's randomness, for repeatable runs; {@code null}
 * for a random one
 */
@ConfigurationProperties("oms.gateway")
public record GatewayProperties(@DefaultValue("0ms") Duration latency, @DefaultValue("0.0") double failureRate,
		Long seed) {

	public GatewayProperties {
		Assert.isTrue(latency != null && !latency.isNegative(),
				() -> "oms.gateway.latency must be zero or positive but was " + latency);
		Assert.isTrue(failureRate >= 0.0 && failureRate <= 1.0,
				() -> "oms.gateway.failure-rate must be between 0.0 and 1.0 but was " + failureRate);
	}

}

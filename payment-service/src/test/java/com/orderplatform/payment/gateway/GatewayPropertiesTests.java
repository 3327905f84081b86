package com.orderplatform.payment.gateway;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsToAnInstantGatewayThatApprovesEverything() {
		this.runner.run(context -> {
			GatewayProperties properties = context.getBean(GatewayProperties.class);
			assertThat(properties.latency()).isEqualTo(Duration.ZERO);
			assertThat(properties.failureRate()).isEqualTo(0.0);
			assertThat(properties.seed()).isNull();
			assertThat(properties.callbackSecret()).isNull();
		});
	}

	@Test
	void bindsTheCallbackSecretWithoutShowingIt() {
		this.runner.withPropertyValues("oms.gateway.callback-secret=gateway-callback-secret").run(context -> {
			GatewayProperties properties = context.getBean(GatewayProperties.class);
			assertThat(properties.callbackSecret()).isEqualTo("gateway-callback-secret");
			assertThat(properties)
				.hasToString("GatewayProperties[latency=PT0S, failureRate=0.0, seed=null, callbackSecret=(set)]");
		});
	}

	@Test
	void refusesToStartWithATooShortCallbackSecret() {
		this.runner.withPropertyValues("oms.gateway.callback-secret=short")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage(
						"oms.gateway.callback-secret (OMS_GATEWAY_CALLBACK_SECRET) must be at least 16 characters"));
	}

	@Test
	void bindsLatencyFailureRateAndSeed() {
		this.runner
			.withPropertyValues("oms.gateway.latency=250ms", "oms.gateway.failure-rate=0.25", "oms.gateway.seed=7")
			.run(context -> {
				GatewayProperties properties = context.getBean(GatewayProperties.class);
				assertThat(properties.latency()).isEqualTo(Duration.ofMillis(250));
				assertThat(properties.failureRate()).isEqualTo(0.25);
				assertThat(properties.seed()).isEqualTo(7L);
			});
	}

	@Test
	void refusesToStartWithAFailureRateAboveOne() {
		this.runner.withPropertyValues("oms.gateway.failure-rate=1.5")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.gateway.failure-rate must be between 0.0 and 1.0 but was 1.5"));
	}

	@Test
	void refusesToStartWithANegativeLatency() {
		this.runner.withPropertyValues("oms.gateway.latency=-1s")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.gateway.latency must be zero or positive but was PT-1S"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GatewayProperties.class)
	static class PropertiesConfiguration {

	}

}

package com.orderplatform.order;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The downstream-service settings bind to typed records and stop startup when invalid.
 */
class OrderServicePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class)
		.withPropertyValues("oms.payment-service.base-url=http://payments.internal:8001",
				"oms.payment-service.read-timeout=30s", "oms.payment-service.max-retries=3",
				"oms.payment-service.initial-backoff=200ms", "oms.notification-service.base-url=http://localhost:8002",
				"oms.notification-service.read-timeout=10s", "oms.notification-service.max-retries=2");

	@Test
	void bindsBothServices() {
		this.runner.run(context -> {
			OrderServiceProperties properties = context.getBean(OrderServiceProperties.class);
			assertThat(properties.paymentService().baseUrl()).hasToString("http://payments.internal:8001");
			assertThat(properties.paymentService().readTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(properties.paymentService().maxRetries()).isEqualTo(3);
			assertThat(properties.paymentService().initialBackoff()).isEqualTo(Duration.ofMillis(200));
			assertThat(properties.notificationService().readTimeout()).isEqualTo(Duration.ofSeconds(10));
			assertThat(properties.notificationService().maxRetries()).isEqualTo(2);
			assertThat(properties.notificationService().connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		});
	}

	@Test
	void refusesToStartWithTooManyRetries() {
		this.runner.withPropertyValues("oms.payment-service.max-retries=11").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessage("max-retries must be 0..10 but was 11");
			assertThat(context.getStartupFailure()).hasMessageContaining("oms");
		});
	}

	@Test
	void refusesToStartWithARelativeBaseUrl() {
		this.runner.withPropertyValues("oms.notification-service.base-url=notifications").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessage("base-url must be an absolute URL but was 'notifications'");
		});
	}

	@Test
	void refusesToStartWithoutANotificationService() {
		new ApplicationContextRunner().withUserConfiguration(PropertiesConfiguration.class)
			.withPropertyValues("oms.payment-service.base-url=http://localhost:8001",
					"oms.payment-service.read-timeout=30s")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("notificationService")
					.hasStackTraceContaining("must not be null");
			});
	}

	@EnableConfigurationProperties(OrderServiceProperties.class)
	static class PropertiesConfiguration {

	}

}

package com.orderplatform.payment.payment.charge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class BatchPaymentPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void allowsAThousandItemsByDefault() {
		this.runner
			.run(context -> assertThat(context.getBean(BatchPaymentProperties.class).maxItems()).isEqualTo(1000));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 10_000 })
	void bindsALimitFromOneToTenThousand(int maxItems) {
		this.runner.withPropertyValues("oms.payments.batch.max-items=" + maxItems)
			.run(context -> assertThat(context.getBean(BatchPaymentProperties.class).maxItems()).isEqualTo(maxItems));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, -1, 10_001 })
	void refusesToStartWithAnotherLimitNamingTheProperty(int maxItems) {
		this.runner.withPropertyValues("oms.payments.batch.max-items=" + maxItems)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.payments.batch.max-items (OMS_PAYMENT_BATCH_MAX_ITEMS) must be between 1 and 10000"
						+ " but was " + maxItems));
	}

	@Test
	void runsBatchesOnTwoWorkersAtNiceTenByDefault() {
		this.runner.run(context -> {
			BatchPaymentProperties properties = context.getBean(BatchPaymentProperties.class);
			assertThat(properties.workers()).isEqualTo(2);
			assertThat(properties.workerNice()).isEqualTo(10);
		});
	}

	@ParameterizedTest
	@ValueSource(ints = { -1, 20 })
	void refusesToStartWithANiceValueOutsideZeroToNineteen(int nice) {
		this.runner.withPropertyValues("oms.payments.batch.worker-nice=" + nice)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.payments.batch.worker-nice (OMS_PAYMENT_BATCH_WORKER_NICE) must be between 0 and 19"
						+ " but was " + nice));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 65 })
	void refusesToStartWithAWorkerCountOutsideOneToSixtyFour(int workers) {
		this.runner.withPropertyValues("oms.payments.batch.workers=" + workers)
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessage("oms.payments.batch.workers (OMS_PAYMENT_BATCH_WORKERS) must be between 1 and 64"
						+ " but was " + workers));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(BatchPaymentProperties.class)
	static class PropertiesConfiguration {

	}

}

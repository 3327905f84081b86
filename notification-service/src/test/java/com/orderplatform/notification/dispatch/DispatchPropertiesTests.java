package com.orderplatform.notification.dispatch;

import java.time.Duration;

import com.orderplatform.common.lease.InstanceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DispatchPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@Test
	void defaultsToTenPerSecondThreeRetriesFromOneSecond() {
		this.runner.run((context) -> {
			DispatchProperties properties = context.getBean(DispatchProperties.class);
			assertThat(properties.rateLimitPerSecond()).isEqualTo(10);
			assertThat(properties.maxRetries()).isEqualTo(3);
			assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.claimTimeout()).isEqualTo(Duration.ofMinutes(5));
			assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(1));
			assertThat(properties.instanceId()).isNull();
			assertThat(properties.bulkTurnEvery()).isEqualTo(10);
			assertThat(properties.dispatcherNice()).isEqualTo(10);
		});
	}

	@ParameterizedTest
	@CsvSource({ "rate-limit-per-second, 0", "rate-limit-per-second, 10001", "max-retries, -1", "retry-backoff, 0s",
			"claim-timeout, 0s", "poll-interval, 2m", "bulk-turn-every, 1", "bulk-turn-every, 1001",
			"dispatcher-nice, -1", "dispatcher-nice, 20" })
	void failsFastOnAnInvalidValueNamingTheProperty(String property, String value) {
		this.runner.withPropertyValues("oms.notifications." + property + "=" + value)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("oms.notifications." + property));
	}

	@Test
	void spacesSendsOneIntervalPlusAMillisecondApart() {
		assertThat(new SendPacer(null, null, null, null, properties(10)).interval()).isEqualTo(Duration.ofMillis(101));
		assertThat(new SendPacer(null, null, null, null, properties(3)).interval())
			.isEqualTo(Duration.ofNanos(334_334_000));
	}

	@Test
	void namesTheInstanceOnPostgresqlByHostPortAndASuffixOfItsOwnStart() {
		MockEnvironment port8002 = new MockEnvironment().withProperty("server.port", "8002")
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/notifications");

		InstanceId id = InstanceId.resolve(properties(10).instanceId(), port8002);
		InstanceId restarted = InstanceId.resolve(properties(10).instanceId(), port8002);

		assertThat(id.value()).matches(".+:8002-[0-9a-f]{8}");
		assertThat(restarted).isNotEqualTo(id);
	}

	@Test
	void keepsTwoRandomPortInstancesApart() {
		MockEnvironment randomPort = new MockEnvironment().withProperty("server.port", "0");

		assertThat(InstanceId.resolve(properties(10).instanceId(), randomPort))
			.isNotEqualTo(InstanceId.resolve(properties(10).instanceId(), randomPort));
	}

	@Test
	void takesAConfiguredInstanceId() {
		DispatchProperties properties = new DispatchProperties(10, 3, Duration.ofSeconds(1), Duration.ofMinutes(5),
				Duration.ofSeconds(1), " node-a ", 10, 10);

		assertThat(InstanceId.resolve(properties.instanceId(), new MockEnvironment()).value()).isEqualTo("node-a");
	}

	private static DispatchProperties properties(int rate) {
		return new DispatchProperties(rate, 3, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(1),
				null, 10, 10);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DispatchProperties.class)
	static class PropertiesOnly {

	}

}

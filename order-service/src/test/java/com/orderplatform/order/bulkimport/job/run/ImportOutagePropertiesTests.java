package com.orderplatform.order.bulkimport.job.run;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long an import waits for an unreachable service and how often it tries again: the
 * defaults, the backoff doubling to its ceiling within its jitter, and settings refused
 * at start-up with the setting's name.
 */
class ImportOutagePropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void waitsThirtyMinutesTryingAgainAfterFiveSecondsDoublingToTwoMinutes() {
		this.runner.run(context -> {
			ImportOutageProperties outage = context.getBean(ImportOutageProperties.class);
			assertThat(outage.patience()).isEqualTo(Duration.ofMinutes(30));
			assertThat(outage.backoff()).isEqualTo(Duration.ofSeconds(5));
			assertThat(outage.maxBackoff()).isEqualTo(Duration.ofMinutes(2));
		});
	}

	@Test
	void doublesTheDelayAfterEachFailedAttemptUpToTheCeilingVariedByAFifth() {
		ImportOutageProperties outage = new ImportOutageProperties(Duration.ofMinutes(30), Duration.ofSeconds(5),
				Duration.ofMinutes(2));

		assertThat(java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(n -> outage.delayAfter(n, 0.5).toSeconds()))
			.containsExactly(5L, 10L, 20L, 40L, 80L, 120L, 120L, 120L);
		assertThat(outage.delayAfter(1, 0.0)).isEqualTo(Duration.ofSeconds(4));
		assertThat(outage.delayAfter(1, 0.999_999)).isEqualTo(Duration.ofSeconds(6));
		assertThat(outage.delayAfter(6, 0.0)).isEqualTo(Duration.ofSeconds(96));
		assertThat(outage.delayAfter(1_000_000, 0.5)).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void refusesToStartWithANegativePatienceOrABackoffOutOfRange() {
		assertStartupFails("oms.import.outage.patience=-1s",
				"oms.import.outage.patience (OMS_IMPORT_OUTAGE_PATIENCE) must be between 0s and 7d but was PT-1S");
		assertStartupFails("oms.import.outage.backoff=10ms",
				"oms.import.outage.backoff (OMS_IMPORT_OUTAGE_BACKOFF) must be between 100ms and 1h but was PT0.01S");
		assertStartupFails("oms.import.outage.max-backoff=1s",
				"oms.import.outage.max-backoff (OMS_IMPORT_OUTAGE_MAX_BACKOFF) must be between"
						+ " oms.import.outage.backoff (PT5S) and 1h but was PT1S");
		this.runner.withPropertyValues("oms.import.outage.patience=0s")
			.run(context -> assertThat(context.getBean(ImportOutageProperties.class).patience()).isZero());
	}

	private void assertStartupFails(String setting, String message) {
		this.runner.withPropertyValues(setting).run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining(message);
		});
	}

	@EnableConfigurationProperties(ImportOutageProperties.class)
	static class PropertiesConfiguration {

	}

}

package com.orderplatform.order.bulkimport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.orderplatform.order.bulkimport.file.ImportLimits;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The import settings bind with their defaults, and invalid ones stop startup naming the
 * property.
 */
class ImportPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesConfiguration.class)
		.withPropertyValues("oms.import.storage-dir=/tmp/oms-imports");

	@Test
	void bindsTheDefaults() {
		this.runner.run(context -> {
			ImportProperties properties = context.getBean(ImportProperties.class);
			assertThat(properties.storageDir()).isEqualTo(Path.of("/tmp/oms-imports"));
			assertThat(properties.maxFileSize().toMegabytes()).isEqualTo(50);
			assertThat(properties.maxRows()).isEqualTo(100_000);
			assertThat(properties.maxConcurrentJobs()).isEqualTo(5);
			assertThat(properties.chunkSize()).isEqualTo(1000);
			assertThat(properties.lease()).isEqualTo(Duration.ofMinutes(2));
			assertThat(properties.limits()).isEqualTo(new ImportLimits(50L * 1024 * 1024, 100_000));
		});
	}

	@Test
	void refusesToStartWithoutAWorkerOrWithTooManyRows() {
		this.runner.withPropertyValues("oms.import.max-concurrent-jobs=0").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("maxConcurrentJobs");
		});
		this.runner.withPropertyValues("oms.import.max-rows=1000001").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("maxRows");
		});
	}

	@Test
	void refusesAFileLimitAboveTheMultipartLimit() {
		this.runner.withPropertyValues("oms.import.max-file-size=60MB", "spring.servlet.multipart.max-file-size=50MB")
			.run(context -> {
				ImportProperties properties = context.getBean(ImportProperties.class);
				Environment environment = context.getEnvironment();
				assertThatIllegalStateException()
					.isThrownBy(() -> new ImportFiles(properties, environment, Clock.systemUTC()))
					.withMessageContaining("oms.import.max-file-size")
					.withMessageContaining("spring.servlet.multipart.max-file-size");
			});
	}

	@Test
	void beatsAThirdOfTheLeaseUnlessTheHeartbeatIsSet() {
		this.runner.run(context -> assertThat(context.getBean(ImportProperties.class).heartbeatInterval())
			.isEqualTo(Duration.ofSeconds(40)));
		this.runner.withPropertyValues("oms.import.lease=3s")
			.run(context -> assertThat(context.getBean(ImportProperties.class).heartbeatInterval())
				.isEqualTo(Duration.ofSeconds(1)));
		this.runner.withPropertyValues("oms.import.heartbeat=15s")
			.run(context -> assertThat(context.getBean(ImportProperties.class).heartbeatInterval())
				.isEqualTo(Duration.ofSeconds(15)));
	}

	@Test
	void refusesAHeartbeatNoShorterThanTheLeaseAndALeaseUnderASecond() {
		this.runner.withPropertyValues("oms.import.lease=30s", "oms.import.heartbeat=30s").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("oms.import.heartbeat (OMS_IMPORT_HEARTBEAT)")
				.hasStackTraceContaining("shorter than oms.import.lease (PT30S)");
		});
		this.runner.withPropertyValues("oms.import.heartbeat=0s").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("OMS_IMPORT_HEARTBEAT");
		});
		this.runner.withPropertyValues("oms.import.lease=500ms").run(context -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("oms.import.lease (OMS_IMPORT_LEASE)");
		});
	}

	@EnableConfigurationProperties(ImportProperties.class)
	static class PropertiesConfiguration {

	}

}

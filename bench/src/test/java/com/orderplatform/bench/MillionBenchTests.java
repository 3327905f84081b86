package com.orderplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MillionBenchTests {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@Test
	void raisesLimitsTheOrderServiceReadsFromItsEnvironment() throws IOException {
		String order = Files.readString(ROOT.resolve("order-service/src/main/resources/application.yml"));
		String platform = Files.readString(ROOT.resolve("common/src/main/resources/platform-defaults.yml"));

		assertThat(order).contains("max-rows: ${OMS_IMPORT_MAX_ROWS:")
			.contains("max-file-size: ${OMS_IMPORT_MAX_FILE_SIZE:");
		assertThat(platform).contains("max-file-size: ${OMS_MAX_UPLOAD_SIZE:")
			.contains("max-request-size: ${OMS_MAX_UPLOAD_SIZE:");
		assertThat(MillionBench.ENVIRONMENT).containsEntry("OMS_IMPORT_MAX_ROWS", "1000000")
			.containsEntry("OMS_IMPORT_MAX_FILE_SIZE", "256MB")
			.containsEntry("OMS_MAX_UPLOAD_SIZE", "256MB");
	}

}

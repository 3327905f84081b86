package com.orderplatform.order.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job whose service stopped mid-validation is resumed by the next start on the same
 * database and storage directory once its lease has expired, with the same exact counts
 * as an uninterrupted run.
 */
class ImportRestartIntegrationTests {

	private final Path database = TestDatabases.newSqliteFile("order_service_import_restart");

	private final String url = "jdbc:sqlite:" + this.database + TestDatabases.SQLITE_PARAMETERS;

	@Test
	void resumesAJobLeftValidatingAfterARestart() throws IOException, SQLException {
		// given a job left validating by an instance that stopped while running it
		ImportGate gate = new ImportGate();
		String jobId;
		try (ConfigurableApplicationContext first = start("instance-a", gate)) {
			ImportService imports = first.getBean(ImportService.class);
			byte[] file = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));
			jobId = imports
				.upload(ImportUpload.parse(ImportGate.BLOCKED + "order-refs.csv", true, null, null, null, null, false,
						null, "admin", null, null), new ByteArrayInputStream(file))
				.job()
				.id();
			await().atMost(Duration.ofSeconds(20))
				.until(() -> imports.get(jobId).status() == ImportJobStatus.VALIDATING);
		}
		expireLease(jobId);

		// when the service starts again as another instance
		try (ConfigurableApplicationContext second = start("instance-b", null)) {
			ImportService imports = second.getBean(ImportService.class);

			// then it takes the job up and finishes it
			ImportJobView job = await().atMost(Duration.ofSeconds(20))
				.until(() -> imports.get(jobId), view -> view.status() == ImportJobStatus.VALIDATED);
			assertThat(job.totalRows()).isEqualTo(9);
			assertThat(job.failedRows()).isEqualTo(3);
			assertThat(job.orderCount()).isEqualTo(5);
			assertThat(job.failedOrderCount()).isEqualTo(1);
			assertThat(imports.errors(jobId, 0, 10).total()).isEqualTo(3);
		}
	}

	private void expireLease(String jobId) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url);
				PreparedStatement update = connection.prepareStatement(
						"UPDATE import_jobs SET claimed_until = ? WHERE id = ? AND status = 'validating'")) {
			update.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
			update.setString(2, jobId);
			assertThat(update.executeUpdate()).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(String instanceId, ImportGate gate) throws IOException {
		Path dataDir = this.database.getParent();
		Files.createDirectories(dataDir);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(OrderServiceApplication.class);
		if (gate != null) {
			builder.initializers(context -> context.getBeanFactory().registerSingleton("importGate", gate));
		}
		return builder.run("--server.port=0", "--spring.datasource.url=" + this.url, "--oms.data-dir=" + dataDir,
				"--oms.initial-admin.password=" + TestSecurity.ADMIN_PASSWORD,
				"--oms.webhooks.secret=" + TestSecurity.WEBHOOK_SECRET, "--oms.import.instance-id=" + instanceId,
				"--oms.import.poll-interval=100ms", "--oms.import.chunk-size=2",
				"--oms.payment-service.base-url=http://127.0.0.1:9",
				"--oms.notification-service.base-url=http://127.0.0.1:9");
	}

}

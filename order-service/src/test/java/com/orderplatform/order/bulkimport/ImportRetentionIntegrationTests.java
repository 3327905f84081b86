package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.job.ImportRetention;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finished imports' files and staged rows are removed once their retention has ended
 * (here 1 ms): the job and its counts stay, its rows answer 410 Gone with the reason, and
 * a job still running keeps everything. A job nobody mapped loses its file as long after
 * its upload. The sweep also deletes partial uploads an hour old.
 */
@TestPropertySource(properties = "oms.import.retention=1ms")
class ImportRetentionIntegrationTests extends ImportIntegrationTestSupport {

	@Autowired
	private ImportRetention retention;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void sweepsPartialUploadsOlderThanAnHourButNotALiveOne() throws IOException {
		Path abandoned = part("upload-" + UUID.randomUUID() + ".part", Duration.ofMinutes(61));
		Path live = part("upload-" + UUID.randomUUID() + ".part", Duration.ofMinutes(59));

		this.retention.sweep();

		assertThat(abandoned).doesNotExist();
		assertThat(live).exists();
	}

	@Test
	void removesTheFileAndRowsOfFinishedJobsOnlyAndAnswersGoneForThem() {
		ImportJobView finished = awaitStatus(dryRun("old.csv", file("not-an-email")).id(), ImportJobStatus.VALIDATED);
		ImportJobView running = dryRun(ImportGate.BLOCKED + "running.csv", file(UUID.randomUUID() + "@example.com"));
		awaitStatus(running.id(), ImportJobStatus.VALIDATING);
		assertThat(stagedErrors(finished.id())).isEqualTo(1);

		this.retention.sweep();

		assertThat(storageDir.resolve(finished.id() + ".csv")).doesNotExist();
		assertThat(storageDir.resolve(running.id() + ".csv")).exists();
		assertThat(stagedErrors(finished.id())).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_rows WHERE job_id = :id")
			.param("id", finished.id())
			.query(Long.class)
			.single()).isZero();
		ImportJobView kept = job(finished.id());
		assertThat(kept.status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(kept.totalRows()).isEqualTo(1);
		assertThat(kept.failedRows()).isEqualTo(1);
		for (String path : new String[] { "/errors", "/errors.csv" }) {
			this.http.get()
				.uri("/api/v1/imports/{id}" + path, finished.id())
				.exchange()
				.expectStatus()
				.isEqualTo(410)
				.expectBody()
				.jsonPath("$.detail")
				.value(String.class,
						detail -> assertThat(detail)
							.startsWith("The file and rows of import " + finished.id() + " were removed at ")
							.endsWith("after it ended (OMS_IMPORT_RETENTION); its counts and orders remain"));
		}
		this.http.post().uri("/api/v1/imports/{id}/confirm", finished.id()).exchange().expectStatus().isEqualTo(410);

		this.gate.open();
		assertThat(awaitStatus(running.id(), ImportJobStatus.VALIDATED).totalRows()).isEqualTo(1);
	}

	@Test
	void removesTheFileOfAJobNobodyMappedWithinTheRetention() {
		byte[] foreign = "E-mail,お客様名,品名\r\na@example.com,山田美咲,マウス\r\n".getBytes(StandardCharsets.UTF_8);
		ImportJobView waiting = upload("unmapped.csv", foreign, "force", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);
		assertThat(storageDir.resolve(waiting.id() + ".csv")).exists();

		this.retention.sweep();

		assertThat(storageDir.resolve(waiting.id() + ".csv")).doesNotExist();
		this.http.get().uri("/api/v1/imports/{id}/mapping", waiting.id()).exchange().expectStatus().isEqualTo(410);
		assertThat(job(waiting.id()).status()).isEqualTo(ImportJobStatus.NEEDS_MAPPING);
		this.http.post().uri("/api/v1/imports/{id}/cancel", waiting.id()).exchange().expectStatus().isOk();
		assertThat(job(waiting.id()).status()).isEqualTo(ImportJobStatus.CANCELLED);
	}

	private Path part(String name, Duration age) throws IOException {
		Path file = Files.writeString(storageDir.resolve(name), "customer_email\n");
		Files.setLastModifiedTime(file, FileTime.from(this.clock.instant().minus(age)));
		return file;
	}

	private long stagedErrors(String jobId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_errors WHERE job_id = :id")
			.param("id", jobId)
			.query(Long.class)
			.single();
	}

	private static byte[] file(String email) {
		return CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				email + ",山田美咲,マウス,50,3500,JPY,");
	}

}

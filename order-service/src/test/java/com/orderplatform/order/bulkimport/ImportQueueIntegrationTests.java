package com.orderplatform.order.bulkimport;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable queue with one job at a time: a job waits, showing its position, while
 * another runs; a queued job cancelled never starts; a running one stops at its next
 * checkpoint.
 */
class ImportQueueIntegrationTests extends ImportIntegrationTestSupport {

	@Test
	void queuesJobsBeyondTheLimitShowingTheirPositionAndCancelsAQueuedOne() {
		// given a job held while it runs
		ImportJobView running = dryRun(ImportGate.BLOCKED + "first.csv", file());
		awaitStatus(running.id(), ImportJobStatus.VALIDATING);

		// when two more are uploaded
		ImportJobView second = dryRun("second.csv", file());
		ImportJobView third = dryRun("third.csv", file());

		// then they wait, in upload order
		assertThat(job(second.id()).queuePosition()).isEqualTo(1);
		assertThat(job(third.id()).queuePosition()).isEqualTo(2);
		assertThat(job(running.id()).queuePosition()).isNull();
		assertThat(job(second.id()).startedAt()).isNull();

		ImportJobView cancelled = this.http.post()
			.uri("/api/v1/imports/{id}/cancel", second.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		assertThat(cancelled.status()).isEqualTo(ImportJobStatus.CANCELLED);
		assertThat(job(third.id()).queuePosition()).isEqualTo(1);
		this.http.post().uri("/api/v1/imports/{id}/cancel", second.id()).exchange().expectStatus().isEqualTo(409);

		this.gate.open();
		awaitStatus(running.id(), ImportJobStatus.VALIDATED);
		ImportJobView done = awaitStatus(third.id(), ImportJobStatus.VALIDATED);
		assertThat(done.totalRows()).isEqualTo(1);
		assertThat(job(second.id()).status()).isEqualTo(ImportJobStatus.CANCELLED);
		assertThat(job(second.id()).startedAt()).isNull();
		this.http.get().uri("/api/v1/imports/{id}/errors.csv", second.id()).exchange().expectStatus().isEqualTo(409);
	}

	@Test
	void stopsARunningJobWhenCancelled() {
		ImportJobView running = dryRun(ImportGate.BLOCKED + "cancel-me.csv", file());
		awaitStatus(running.id(), ImportJobStatus.VALIDATING);

		ImportJobView asked = this.http.post()
			.uri("/api/v1/imports/{id}/cancel", running.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
		this.gate.open();

		assertThat(asked.status()).isEqualTo(ImportJobStatus.VALIDATING);
		ImportJobView cancelled = awaitStatus(running.id(), ImportJobStatus.CANCELLED);
		assertThat(cancelled.finishedAt()).isNotNull();
		assertThat(errors(running.id(), 0, 10).total()).isZero();
	}

	private static byte[] file() {
		return CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				UUID.randomUUID() + "@example.com,山田美咲,マウス,50,3500,JPY,");
	}

}

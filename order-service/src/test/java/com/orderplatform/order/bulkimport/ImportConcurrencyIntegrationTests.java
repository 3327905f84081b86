package com.orderplatform.order.bulkimport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The default limit of the durable queue: five jobs run at once on an instance, a sixth
 * waits first in line until one of them ends, and then runs. The five are held at the
 * test's {@link ImportGate} (they cannot finish) until the test opens it, so the sixth is
 * checked while all five are known to be running, not while one of them may have ended.
 */
@TestPropertySource(properties = "oms.import.max-concurrent-jobs=5")
class ImportConcurrencyIntegrationTests extends ImportIntegrationTestSupport {

	@Test
	void runsFiveJobsAtOnceAndQueuesTheSixthUntilOneEnds() {
		// given five jobs held while they run
		List<ImportJobView> running = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			running.add(dryRun(ImportGate.BLOCKED + i + ".csv", file()));
		}
		running.forEach(job -> awaitStatus(job.id(), ImportJobStatus.VALIDATING));
		List<String> ids = running.stream().map(ImportJobView::id).toList();
		// held at the gate, they cannot finish until the test opens it
		await().atMost(Duration.ofSeconds(20)).until(() -> this.gate.held().containsAll(ids));

		// when a sixth is uploaded
		ImportJobView sixth = dryRun("sixth.csv", file());

		// then it waits first in line, not started, for as long as the five run
		await().during(Duration.ofMillis(800))
			.atMost(Duration.ofSeconds(15))
			.until(() -> job(sixth.id()).status() == ImportJobStatus.QUEUED);
		ImportJobView waiting = job(sixth.id());
		assertThat(waiting.queuePosition()).isEqualTo(1);
		assertThat(waiting.startedAt()).isNull();
		assertThat(running).allSatisfy(job -> assertThat(job(job.id()).queuePosition()).isNull());
		assertThat(this.gate.held()).as("none of the five has finished").containsExactlyInAnyOrderElementsOf(ids);
		assertThat(this.gate.started()).as("the runner never started the sixth").doesNotContain(sixth.id());
		assertThat(this.gate.workerNice()).as("workers give way to request threads").isEqualTo(10);

		// and when the five go on, it runs after them
		this.gate.open();
		List<ImportJobView> done = running.stream()
			.map(job -> awaitStatus(job.id(), ImportJobStatus.VALIDATED))
			.toList();
		ImportJobView last = awaitStatus(sixth.id(), ImportJobStatus.VALIDATED);
		assertThat(last.totalRows()).isEqualTo(1);
		assertThat(last.queuePosition()).isNull();
		assertThat(last.startedAt())
			.isAfterOrEqualTo(done.stream().map(ImportJobView::finishedAt).min(Comparable::compareTo).orElseThrow());
	}

	private static byte[] file() {
		return CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				UUID.randomUUID() + "@example.com,山田美咲,マウス,50,3500,JPY,");
	}

}

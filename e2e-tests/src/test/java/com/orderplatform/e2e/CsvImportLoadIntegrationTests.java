package com.orderplatform.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Load: five imports of 10,000 rows run at once (the limit) and a sixth waits in the
 * queue, while a client reads orders without pause. Every import ends with exact counts
 * in the job and in the databases, no read fails, and the sixth starts only after one of
 * the five has finished.
 */
class CsvImportLoadIntegrationTests {

	private static final int ROWS = 10_000;

	private static Platform platform;

	private static ImportDriver imports;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.dedicated("import-load", Map.of());
		imports = new ImportDriver(platform);
	}

	@AfterAll
	static void stopPlatform() {
		platform.close();
	}

	@Test
	void fiveConcurrentImportsAndAQueuedSixthCompleteExactlyWhileReadsNeverFail() throws InterruptedException {
		List<OrderCsvFile> files = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			files.add(OrderCsvFile.generate("load-" + i, ROWS, true));
		}
		AtomicBoolean reading = new AtomicBoolean(true);
		AtomicLong reads = new AtomicLong();
		List<String> failedReads = java.util.Collections.synchronizedList(new ArrayList<>());
		Thread reader = Thread.ofVirtual().start(() -> readContinuously(reading, reads, failedReads));

		List<String> running = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			running.add(imports.upload(files.get(i), "none"));
		}
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> running.stream().map(imports::job).noneMatch(job -> job.status() == ImportJobStatus.QUEUED));
		String queued = imports.upload(files.get(5), "none");
		ImportJobView waiting = imports.job(queued);
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.QUEUED);
		assertThat(waiting.queuePosition()).isEqualTo(1);

		List<String> all = new ArrayList<>(running);
		all.add(queued);
		List<ImportJobView> finished = all.stream().map(imports::awaitFinished).toList();
		reading.set(false);
		reader.join();

		for (int i = 0; i < 6; i++) {
			imports.assertEveryValidRowImportedPaidAndConfirmedOnce(all.get(i), files.get(i), false);
		}
		Instant firstFinish = finished.subList(0, 5)
			.stream()
			.map(ImportJobView::finishedAt)
			.min(Instant::compareTo)
			.orElseThrow();
		Instant lastStartOfFive = finished.subList(0, 5)
			.stream()
			.map(ImportJobView::startedAt)
			.max(Instant::compareTo)
			.orElseThrow();
		assertThat(finished.get(5).startedAt()).isAfterOrEqualTo(firstFinish).isAfter(lastStartOfFive);
		assertThat(failedReads).isEmpty();
		assertThat(reads.get()).isGreaterThan(50);
		ReliabilityReport.record("5 concurrent imports + 1 queued, continuous reads", "6 x " + ROWS + " rows, each "
				+ files.get(0).importedOrders() + " orders paid exactly once; " + reads.get() + " reads, "
				+ failedReads.size() + " failed; durations (s): "
				+ finished.stream().map(job -> Duration.between(job.startedAt(), job.finishedAt()).toSeconds()).toList()
				+ "; sixth started " + Duration.between(firstFinish, finished.get(5).startedAt()).toMillis()
				+ " ms after the first finished");
	}

	private static void readContinuously(AtomicBoolean reading, AtomicLong reads, List<String> failures) {
		ApiClient viewer = imports.admin();
		while (reading.get()) {
			try {
				ApiClient.Response page = viewer.get(platform.order.baseUri(), "/api/v1/orders?limit=20");
				if (page.status() != 200) {
					failures.add(page.status() + " " + page.body());
				}
			}
			catch (RuntimeException ex) {
				failures.add(ex.toString());
			}
			reads.incrementAndGet();
		}
	}

}

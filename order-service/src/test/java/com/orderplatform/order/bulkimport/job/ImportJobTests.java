package com.orderplatform.order.bulkimport.job;

import java.time.Instant;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.bulkimport.ImportConflictException;
import com.orderplatform.order.bulkimport.file.FileReading;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a retry makes of a job in each state: an ended import charges its pending orders
 * again from the start, a job that stopped on an unexpected error goes on from its
 * checkpoint in its mode, every other state is refused naming the job and the state.
 */
class ImportJobTests {

	private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

	@Test
	void queuesAnEndedImportToChargeItsPendingOrdersAgainFromTheStart() {
		for (ImportJobStatus ended : new ImportJobStatus[] { ImportJobStatus.COMPLETED,
				ImportJobStatus.COMPLETED_WITH_ERRORS }) {
			ImportJob retried = job(ended, "PAYMENTS_INCOMPLETE", ImportRunMode.RESUME, "ref:9").retried(AT);

			assertThat(retried.status()).isEqualTo(ImportJobStatus.QUEUED);
			assertThat(retried.runMode()).isEqualTo(ImportRunMode.RECHARGE);
			assertThat(retried.checkpointKey()).isNull();
			assertThat(retried.errorCode()).isNull();
			assertThat(retried.finishedAt()).isNull();
			assertThat(retried.updatedAt()).isEqualTo(AT);
			assertThat(retried.orderCount()).isEqualTo(5);
		}
	}

	@Test
	void queuesAJobThatFailedOnAnUnexpectedErrorToGoOnFromItsCheckpoint() {
		for (ImportRunMode mode : ImportRunMode.values()) {
			ImportJob retried = job(ImportJobStatus.FAILED, "INTERNAL_ERROR", mode, "ref:3").retried(AT);

			assertThat(retried.status()).isEqualTo(ImportJobStatus.QUEUED);
			assertThat(retried.runMode()).isEqualTo(mode);
			assertThat(retried.checkpointKey()).isEqualTo("ref:3");
			assertThat(retried.error()).isNull();
		}
	}

	@Test
	void refusesAnyOtherStateNamingTheJobAndTheState() {
		assertRefused(job(ImportJobStatus.FAILED, "MALFORMED_CSV", ImportRunMode.IMPORT, null),
				"Import 42 cannot be retried in state failed (MALFORMED_CSV): the same file would fail the same way;"
						+ " fix it and upload it again");
		assertRefused(job(ImportJobStatus.PROCESSING, null, ImportRunMode.RESUME, null),
				"Import 42 cannot be retried in state processing: it is still running");
		assertRefused(job(ImportJobStatus.QUEUED, null, ImportRunMode.IMPORT, null),
				"Import 42 cannot be retried in state queued: it is still running");
		assertRefused(job(ImportJobStatus.VALIDATED, null, ImportRunMode.IMPORT, null),
				"Import 42 cannot be retried in state validated; only an ended import, or one that stopped on an"
						+ " unexpected error, can be");
		assertRefused(job(ImportJobStatus.CANCELLED, null, ImportRunMode.RESUME, null),
				"Import 42 cannot be retried in state cancelled; only an ended import, or one that stopped on an"
						+ " unexpected error, can be");
	}

	@Test
	void aWaitingJobIsParkedAndSaysWhenItTriesAgainWhenRetried() {
		ImportJob.Waiting waiting = new ImportJob.Waiting(WaitFor.PAYMENTS, "payment-service is unreachable", AT, 3,
				AT.plusSeconds(20));
		ImportJob job = job(ImportJobStatus.PROCESSING, null, ImportRunMode.RESUME, null, waiting);

		assertThat(job.parked()).isTrue();
		assertThat(job(ImportJobStatus.PROCESSING, null, ImportRunMode.RESUME, null,
				new ImportJob.Waiting(WaitFor.PAYMENTS, "x", AT, 3, null))
			.parked()).as("taken up again by a runner").isFalse();
		assertRefused(job, "Import 42 cannot be retried in state processing: it is still running and tries again by"
				+ " itself at 2026-03-01T09:00:20Z");
	}

	private static void assertRefused(ImportJob job, String message) {
		assertThatExceptionOfType(ImportConflictException.class).isThrownBy(() -> job.retried(AT)).withMessage(message);
	}

	private static ImportJob job(ImportJobStatus status, String errorCode, ImportRunMode mode, String checkpoint) {
		return job(status, errorCode, mode, checkpoint, null);
	}

	private static ImportJob job(ImportJobStatus status, String errorCode, ImportRunMode mode, String checkpoint,
			ImportJob.Waiting waiting) {
		Instant created = AT.minusSeconds(600);
		return new ImportJob("42", "orders.csv", "abc", 512, null, ImportJobState.of(status), null, false,
				NotifyMode.PER_ORDER, ErrorPolicy.IMPORT_VALID, MaxErrors.NONE, null, "UTF-8", ",", 9, 9, 6, 3, 5, 1,
				null, errorCode, (errorCode != null) ? "why" : null, false, "admin", created, created,
				status.finished() ? AT.minusSeconds(60) : null, created, null, null, mode, checkpoint, waiting,
				FileReading.CSV);
	}

}

package com.orderplatform.order.bulkimport.job;

import java.time.Instant;

import com.orderplatform.order.bulkimport.file.FileReading;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The job's state machine: which moves each state allows, and a refused move naming the
 * job and both states.
 */
class ImportJobStateTests {

	private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

	@Test
	void allowsOnlyTheMovesOfTheImportsLifecycle() {
		assertThat(ImportJobState.NEEDS_MAPPING.allowedNext()).containsExactlyInAnyOrder(ImportJobState.QUEUED,
				ImportJobState.CANCELLED);
		assertThat(ImportJobState.NEEDS_MAPPING.ended()).isFalse();
		assertThat(ImportJobState.NEEDS_MAPPING.running()).isFalse();
		assertThat(ImportJobState.QUEUED.allowedNext()).containsExactlyInAnyOrder(ImportJobState.VALIDATING,
				ImportJobState.PROCESSING, ImportJobState.CANCELLED);
		assertThat(ImportJobState.VALIDATING.allowedNext()).containsExactlyInAnyOrder(ImportJobState.VALIDATED,
				ImportJobState.PROCESSING, ImportJobState.FAILED, ImportJobState.CANCELLED);
		assertThat(ImportJobState.PROCESSING.allowedNext()).containsExactlyInAnyOrder(ImportJobState.COMPLETED,
				ImportJobState.COMPLETED_WITH_ERRORS, ImportJobState.FAILED, ImportJobState.CANCELLED);
		assertThat(ImportJobState.VALIDATED.allowedNext()).containsExactly(ImportJobState.QUEUED);
		assertThat(ImportJobState.COMPLETED.allowedNext()).containsExactly(ImportJobState.QUEUED);
		assertThat(ImportJobState.CANCELLED.allowedNext()).isEmpty();
		assertThat(ImportJobState.fromDbValue("completed_with_errors")).isEqualTo(ImportJobState.COMPLETED_WITH_ERRORS);
		assertThat(ImportJobState.COMPLETED_WITH_ERRORS.dbValue()).isEqualTo("completed_with_errors");
	}

	@Test
	void refusesAMoveItsStateDoesNotLeadToNamingTheJobAndBothStates() {
		ImportJob completed = job(ImportJobState.COMPLETED, false);

		assertThatExceptionOfType(IllegalImportTransitionException.class)
			.isThrownBy(() -> completed.requireMove(ImportJobState.PROCESSING))
			.withMessage("Import 42 cannot move from completed to processing")
			.satisfies(ex -> assertThat(ex.getJobId()).isEqualTo("42"))
			.satisfies(ex -> assertThat(ex.getFrom()).isEqualTo(ImportJobState.COMPLETED))
			.satisfies(ex -> assertThat(ex.getTo()).isEqualTo(ImportJobState.PROCESSING));
	}

	@Test
	void confirmsOnlyAValidatedDryRunAndCancelsAQueuedJobAtOnce() {
		ImportJob confirmed = job(ImportJobState.VALIDATED, true).confirmed(AT);
		assertThat(confirmed.state()).isEqualTo(ImportJobState.QUEUED);
		assertThat(confirmed.dryRun()).isFalse();
		assertThatExceptionOfType(IllegalImportTransitionException.class)
			.isThrownBy(() -> job(ImportJobState.VALIDATED, false).confirmed(AT))
			.withMessage("Import 42 cannot be confirmed in state validated (it is not a dry run);"
					+ " only a validated dry run can be");

		ImportJob cancelled = job(ImportJobState.QUEUED, false).cancelled(AT);
		assertThat(cancelled.state()).isEqualTo(ImportJobState.CANCELLED);
		assertThat(cancelled.finishedAt()).isEqualTo(AT);
		ImportJob unmapped = job(ImportJobState.NEEDS_MAPPING, false).cancelled(AT);
		assertThat(unmapped.state()).isEqualTo(ImportJobState.CANCELLED);
		assertThat(unmapped.finishedAt()).isEqualTo(AT);
		ImportJob stopping = job(ImportJobState.PROCESSING, false).cancelled(AT);
		assertThat(stopping.state()).isEqualTo(ImportJobState.PROCESSING);
		assertThat(stopping.cancelRequested()).isTrue();
		assertThatExceptionOfType(IllegalImportTransitionException.class)
			.isThrownBy(() -> job(ImportJobState.COMPLETED, false).cancelled(AT))
			.withMessage("Import 42 cannot be cancelled in state completed");
	}

	private static ImportJob job(ImportJobState state, boolean dryRun) {
		Instant created = AT.minusSeconds(600);
		return new ImportJob("42", "orders.csv", "abc", 512, null, state, null, dryRun, NotifyMode.PER_ORDER,
				ErrorPolicy.IMPORT_VALID, MaxErrors.NONE, null, "UTF-8", ",", 9, 9, 6, 3, 5, 1, null, null, null, false,
				"admin", created, created, null, created, null, null, ImportRunMode.IMPORT, null, null,
				FileReading.CSV);
	}

}

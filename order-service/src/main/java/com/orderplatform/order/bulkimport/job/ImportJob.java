package com.orderplatform.order.bulkimport.job;

import java.time.Instant;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.bulkimport.ImportConflictException;

/**
 * A row of {@code import_jobs}: an uploaded file, how to import it and how far it got.
 * The transitions a user asks for (retry) are decided here; the runner's own moves
 * (claims, checkpoints, waits, ends) are conditional updates in the repository, guarded
 * by its lease.
 *
 * @param runMode what the next run does
 * @param checkpointKey where the current run mode has got to, {@code null} at its start
 * @param waiting the downstream outage the job is waiting out, {@code null} when none
 */
public record ImportJob(String id, String filename, String sha256, long fileSize, String idempotencyKey,
		ImportJobStatus status, String phase, boolean dryRun, String notifyMode, String errorPolicy, String maxErrors,
		String requestedEncoding, String encoding, String delimiter, Integer totalRows, int processedRows,
		int successRows, int failedRows, int orderCount, int failedOrderCount, String warnings, String errorCode,
		String error, boolean cancelRequested, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt, Instant updatedAt, String claimedBy, Instant claimedUntil, ImportRunMode runMode,
		String checkpointKey, Waiting waiting) {

	/** The error code of a job that stopped on an unexpected error; it can be retried. */
	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/** The options of an upload, checked. */
	public record Options(boolean dryRun, String notifyMode, String errorPolicy, String maxErrors,
			String requestedEncoding, String idempotencyKey) {
	}

	/**
	 * An outage of a downstream service that a job waits out.
	 *
	 * @param service what it waits for
	 * @param reason why the last attempt failed, in English
	 * @param since when the outage began (the patience counts from here)
	 * @param attempts attempts that failed so far
	 * @param nextAttemptAt when the parked job is taken up again; {@code null} while a
	 * runner has it
	 */
	public record Waiting(WaitFor service, String reason, Instant since, int attempts, Instant nextAttemptAt) {

		/** The same outage, parked until the given time. */
		public Waiting parkedUntil(Instant at) {
			return new Waiting(this.service, this.reason, this.since, this.attempts, at);
		}

	}

	public static ImportJob queued(String id, String filename, String sha256, long fileSize, Options options,
			String createdBy, Instant at) {
		return new ImportJob(id, filename, sha256, fileSize, options.idempotencyKey(), ImportJobStatus.QUEUED, null,
				options.dryRun(), options.notifyMode(), options.errorPolicy(), options.maxErrors(),
				options.requestedEncoding(), null, null, null, 0, 0, 0, 0, 0, null, null, null, false, createdBy, at,
				null, null, at, null, null, ImportRunMode.IMPORT, null, null);
	}

	/**
	 * Whether the job is parked, waiting for a downstream service with no runner on it.
	 * @return {@code true} while processing with a next attempt scheduled
	 */
	public boolean parked() {
		return this.status == ImportJobStatus.PROCESSING && this.waiting != null
				&& this.waiting.nextAttemptAt() != null;
	}

	/**
	 * The job queued again by a retry: an ended import charges its pending orders again
	 * and queues missing confirmations ({@link ImportRunMode#RECHARGE}, from the start);
	 * a job that stopped on an unexpected error goes on from its checkpoint in the mode
	 * it was in.
	 * @param at when
	 * @return the job to store, {@code queued}
	 * @throws ImportConflictException in any other state, naming the job and the state
	 */
	public ImportJob retried(Instant at) {
		return switch (this.status) {
			case COMPLETED, COMPLETED_WITH_ERRORS -> requeued(ImportRunMode.RECHARGE, null, at);
			case FAILED -> {
				if (!INTERNAL_ERROR.equals(this.errorCode)) {
					throw new ImportConflictException("Import " + this.id + " cannot be retried in state failed ("
							+ this.errorCode + "): the same file would fail the same way; fix it and upload it again");
				}
				yield requeued(this.runMode, this.checkpointKey, at);
			}
			case QUEUED, VALIDATING,
					PROCESSING ->
				throw new ImportConflictException("Import " + this.id + " cannot be retried in state "
						+ ImportJobRepository.db(this.status) + ": it is still running"
						+ (parked() ? " and tries again by itself at " + this.waiting.nextAttemptAt() : ""));
			case VALIDATED,
					CANCELLED ->
				throw new ImportConflictException(
						"Import " + this.id + " cannot be retried in state " + ImportJobRepository.db(this.status)
								+ "; only an ended import, or one that stopped on an unexpected error, can be");
		};
	}

	private ImportJob requeued(ImportRunMode mode, String checkpoint, Instant at) {
		return new ImportJob(this.id, this.filename, this.sha256, this.fileSize, this.idempotencyKey,
				ImportJobStatus.QUEUED, null, this.dryRun, this.notifyMode, this.errorPolicy, this.maxErrors,
				this.requestedEncoding, this.encoding, this.delimiter, this.totalRows, this.processedRows,
				this.successRows, this.failedRows, this.orderCount, this.failedOrderCount, this.warnings, null, null,
				false, this.createdBy, this.createdAt, this.startedAt, null, at, null, null, mode, checkpoint, null);
	}

}

package com.orderplatform.order.bulkimport.job;

import java.time.Instant;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.bulkimport.file.FileReading;

/**
 * An import job, the aggregate of the import queue: an uploaded file, how to import it
 * and how far it got ({@code import_jobs}). The moves a user asks for are decided here as
 * guarded transitions ({@link #confirmed}, {@link #retried}, {@link #cancelled}) that
 * return the job as the move leaves it, or throw {@link IllegalImportTransitionException}
 * naming the job and its state; {@link ImportJobRepository} stores the result only while
 * the job is still in the state the decision was made on. A runner's own moves (claims,
 * checkpoints, waits, ends) are conditional updates under its lease
 * ({@link ImportJobClaims}), checked against {@link ImportJobState} by
 * {@link #requireMove}.
 *
 * @param state where the job is
 * @param runMode what the next run does
 * @param checkpointKey where the current run mode has got to, {@code null} at its start
 * @param waiting the downstream outage the job is waiting out, {@code null} when none
 * @param reading how the file is read: its format, sheet and column mapping
 */
public record ImportJob(String id, String filename, String sha256, long fileSize, String idempotencyKey,
		ImportJobState state, String phase, boolean dryRun, NotifyMode notifyMode, ErrorPolicy errorPolicy,
		MaxErrors maxErrors, String requestedEncoding, String encoding, String delimiter, Integer totalRows,
		int processedRows, int successRows, int failedRows, int orderCount, int failedOrderCount, String warnings,
		String errorCode, String error, boolean cancelRequested, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt, Instant updatedAt, String claimedBy, Instant claimedUntil, ImportRunMode runMode,
		String checkpointKey, Waiting waiting, FileReading reading) {

	/** The error code of a job that stopped on an unexpected error; it can be retried. */
	public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

	/**
	 * An outage of a downstream service that a job waits out.
	 *
	 * @param service what it waits for
	 * @param reason why the last attempt failed, in English
	 * @param since when the outage began (the patience counts from here)
	 * @param attempts attempts that failed so far
	 * @param nextAttemptAt when the parked job runs again, {@code null} while running
	 */
	public record Waiting(WaitFor service, String reason, Instant since, int attempts, Instant nextAttemptAt) {

		/** The same outage, parked until the given time. */
		public Waiting parkedUntil(Instant at) {
			return new Waiting(this.service, this.reason, this.since, this.attempts, at);
		}

	}

	/** A new upload: queued, or waiting for a user to map its file's columns. */
	public static ImportJob uploaded(String id, String filename, String sha256, long fileSize, ImportOptions options,
			FileReading reading, boolean needsMapping, String createdBy, Instant at) {
		return new ImportJob(id, filename, sha256, fileSize, options.idempotencyKey(),
				needsMapping ? ImportJobState.NEEDS_MAPPING : ImportJobState.QUEUED, null, options.dryRun(),
				options.notifyMode(), options.errorPolicy(), options.maxErrors(), options.requestedEncoding(), null,
				null, null, 0, 0, 0, 0, 0, null, null, null, false, createdBy, at, null, null, at, null, null,
				ImportRunMode.IMPORT, null, null, reading);
	}

	/** A new upload of a CSV file whose header names the columns, {@code queued}. */
	public static ImportJob queued(String id, String filename, String sha256, long fileSize, ImportOptions options,
			String createdBy, Instant at) {
		return uploaded(id, filename, sha256, fileSize, options,
				new FileReading("csv", options.sheet(), options.profile(), null), false, createdBy, at);
	}

	/**
	 * The job's state as the API shows it.
	 * @return the contract's status
	 */
	public ImportJobStatus status() {
		return this.state.toApi();
	}

	/**
	 * Whether the job is parked, waiting for a downstream service with no runner on it.
	 * @return {@code true} while processing with a next attempt scheduled
	 */
	public boolean parked() {
		return this.state == ImportJobState.PROCESSING && this.waiting != null && this.waiting.nextAttemptAt() != null;
	}

	/**
	 * Checks a runner's move against the state machine.
	 * @param target the state the run ends or goes on in
	 * @throws IllegalImportTransitionException when the job's state does not lead there
	 */
	public void requireMove(ImportJobState target) {
		if (!this.state.canMoveTo(target)) {
			throw new IllegalImportTransitionException(this.id, this.state, target);
		}
	}

	/** The file's columns mapped by a user: queued, read with the mapping from now on. */
	public ImportJob mapped(FileReading mapped, Instant at) {
		if (this.state != ImportJobState.NEEDS_MAPPING) {
			throw refused(ImportJobState.QUEUED, "Import " + this.id + " cannot be mapped in state " + this.state
					+ "; only a job that waits for its columns to be mapped can be");
		}
		return moved(ImportJobState.QUEUED, this.dryRun, this.runMode, this.checkpointKey, this.errorCode, this.error,
				this.cancelRequested, null, at, null, null, null, mapped);
	}

	/**
	 * A validated dry run confirmed: queued again as a real import of the same file.
	 * @param at when
	 * @return the job to store, {@code queued}
	 * @throws IllegalImportTransitionException unless it is a validated dry run
	 */
	public ImportJob confirmed(Instant at) {
		if (this.state != ImportJobState.VALIDATED || !this.dryRun) {
			throw refused(ImportJobState.QUEUED, "Import " + this.id + " cannot be confirmed in state " + this.state
					+ (this.dryRun ? "" : " (it is not a dry run)") + "; only a validated dry run can be");
		}
		return moved(ImportJobState.QUEUED, false, this.runMode, this.checkpointKey, this.errorCode, this.error,
				this.cancelRequested, null, at, this.claimedBy, this.claimedUntil, this.waiting, this.reading);
	}

	/**
	 * The job queued again by a retry: an ended import charges its pending orders again
	 * and queues missing confirmations ({@link ImportRunMode#RECHARGE}, from the start);
	 * a job that stopped on an unexpected error goes on from its checkpoint in the mode
	 * it was in.
	 * @param at when
	 * @return the job to store, {@code queued}
	 * @throws IllegalImportTransitionException in any other state, naming the job and the
	 * state
	 */
	public ImportJob retried(Instant at) {
		return switch (this.state) {
			case COMPLETED, COMPLETED_WITH_ERRORS -> requeued(ImportRunMode.RECHARGE, null, at);
			case FAILED -> {
				if (!INTERNAL_ERROR.equals(this.errorCode)) {
					throw refused(ImportJobState.QUEUED, "Import " + this.id + " cannot be retried in state failed ("
							+ this.errorCode + "): the same file would fail the same way; fix it and upload it again");
				}
				yield requeued(this.runMode, this.checkpointKey, at);
			}
			case QUEUED, VALIDATING, PROCESSING -> throw refused(ImportJobState.QUEUED,
					"Import " + this.id + " cannot be retried in state " + this.state + ": it is still running"
							+ (parked() ? " and tries again by itself at " + this.waiting.nextAttemptAt() : ""));
			case NEEDS_MAPPING, VALIDATED, CANCELLED ->
				throw refused(ImportJobState.QUEUED, "Import " + this.id + " cannot be retried in state " + this.state
						+ "; only an ended import, or one that stopped on an unexpected error, can be");
		};
	}

	/**
	 * The job cancelled: a queued one, and a parked one (no runner has it), end
	 * {@code cancelled} at once; a running one is asked to stop at its next checkpoint.
	 * @param at when
	 * @return the job to store: {@code cancelled}, or still running with
	 * {@link #cancelRequested}
	 * @throws IllegalImportTransitionException once the job has ended
	 */
	public ImportJob cancelled(Instant at) {
		if (this.state == ImportJobState.NEEDS_MAPPING || this.state == ImportJobState.QUEUED || parked()) {
			return moved(ImportJobState.CANCELLED, this.dryRun, this.runMode, this.checkpointKey, this.errorCode,
					this.error, this.cancelRequested, at, at, null, null, null, this.reading);
		}
		if (!this.state.running()) {
			throw refused(ImportJobState.CANCELLED,
					"Import " + this.id + " cannot be cancelled in state " + this.state);
		}
		return new ImportJob(this.id, this.filename, this.sha256, this.fileSize, this.idempotencyKey, this.state,
				this.phase, this.dryRun, this.notifyMode, this.errorPolicy, this.maxErrors, this.requestedEncoding,
				this.encoding, this.delimiter, this.totalRows, this.processedRows, this.successRows, this.failedRows,
				this.orderCount, this.failedOrderCount, this.warnings, this.errorCode, this.error, true, this.createdBy,
				this.createdAt, this.startedAt, this.finishedAt, at, this.claimedBy, this.claimedUntil, this.runMode,
				this.checkpointKey, this.waiting, this.reading);
	}

	private ImportJob requeued(ImportRunMode mode, String checkpoint, Instant at) {
		return moved(ImportJobState.QUEUED, this.dryRun, mode, checkpoint, null, null, false, null, at, null, null,
				null, this.reading);
	}

	/** The job in another state, its phase cleared; file, options and counts kept. */
	private ImportJob moved(ImportJobState target, boolean dryRunNow, ImportRunMode mode, String checkpoint,
			String code, String message, boolean cancel, Instant finished, Instant at, String claimer, Instant until,
			Waiting outage, FileReading read) {
		requireMove(target);
		return new ImportJob(this.id, this.filename, this.sha256, this.fileSize, this.idempotencyKey, target, null,
				dryRunNow, this.notifyMode, this.errorPolicy, this.maxErrors, this.requestedEncoding, this.encoding,
				this.delimiter, this.totalRows, this.processedRows, this.successRows, this.failedRows, this.orderCount,
				this.failedOrderCount, this.warnings, code, message, cancel, this.createdBy, this.createdAt,
				this.startedAt, finished, at, claimer, until, mode, checkpoint, outage, read);
	}

	private IllegalImportTransitionException refused(ImportJobState target, String message) {
		return new IllegalImportTransitionException(this.id, this.state, target, message);
	}

}

package com.orderplatform.order.bulkimport.job;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.orderplatform.order.api.ImportJobStatus;

/**
 * An import job's state and the moves it allows: {@code needs_mapping → queued} once a
 * user has mapped the file's columns, then {@code queued → validating → validated} (a dry
 * run) or {@code → processing → completed / completed_with_errors}; {@code failed} and
 * {@code cancelled} end a queued or running job early. A confirm takes a validated dry
 * run back to {@code queued}, and a retry an ended or failed import. A runner takes a
 * queued job straight to {@code processing} when its processing had started before.
 */
public enum ImportJobState {

	/**
	 * The file's header does not name the import's columns: the job waits for a user to
	 * map them (or to cancel it).
	 */
	NEEDS_MAPPING,

	/** Waiting in the queue for a runner. */
	QUEUED,

	/** A runner counts, stages and groups the file's rows. */
	VALIDATING,

	/** A dry run has ended: every row validated, nothing created. */
	VALIDATED,

	/** A runner creates, charges and confirms the orders (or waits for a service). */
	PROCESSING,

	/** Every row imported, every order paid and, if asked, confirmed. */
	COMPLETED,

	/** Ended with failed rows, unpaid orders or missing confirmations. */
	COMPLETED_WITH_ERRORS,

	/** Refused while reading or validating, or stopped on an unexpected error. */
	FAILED,

	/** Cancelled by a user; final. */
	CANCELLED;

	/**
	 * The states this one may move to.
	 * @return the allowed next states (a fresh set)
	 */
	public Set<ImportJobState> allowedNext() {
		return switch (this) {
			case NEEDS_MAPPING -> EnumSet.of(QUEUED, CANCELLED);
			case QUEUED -> EnumSet.of(VALIDATING, PROCESSING, CANCELLED);
			case VALIDATING -> EnumSet.of(VALIDATED, PROCESSING, FAILED, CANCELLED);
			case VALIDATED -> EnumSet.of(QUEUED);
			case PROCESSING -> EnumSet.of(COMPLETED, COMPLETED_WITH_ERRORS, FAILED, CANCELLED);
			case COMPLETED, COMPLETED_WITH_ERRORS, FAILED -> EnumSet.of(QUEUED);
			case CANCELLED -> EnumSet.noneOf(ImportJobState.class);
		};
	}

	/**
	 * Whether a job in this state may move to the given one.
	 * @param target the state asked for
	 * @return {@code true} when the move is allowed
	 */
	public boolean canMoveTo(ImportJobState target) {
		return allowedNext().contains(target);
	}

	/**
	 * Whether a runner works on a job in this state (or it is parked, waiting for a
	 * service).
	 * @return {@code true} for validating and processing
	 */
	public boolean running() {
		return this == VALIDATING || this == PROCESSING;
	}

	/**
	 * Whether the job has ended (for now: a retry or confirm may queue it again).
	 * @return {@code true} unless waiting for a mapping, queued or running
	 */
	public boolean ended() {
		return this != NEEDS_MAPPING && this != QUEUED && !running();
	}

	/**
	 * The state as the API shows it.
	 * @return the contract's status
	 */
	public ImportJobStatus toApi() {
		return ImportJobStatus.valueOf(name());
	}

	/**
	 * The state for the contract's status.
	 * @param status the contract's status
	 * @return the state
	 */
	public static ImportJobState of(ImportJobStatus status) {
		return valueOf(status.name());
	}

	/**
	 * The value stored in {@code import_jobs.status}.
	 * @return the lower-case name, e.g. {@code completed_with_errors}
	 */
	public String dbValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The state of a stored value.
	 * @param value the lower-case name
	 * @return the state
	 */
	public static ImportJobState fromDbValue(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return dbValue();
	}

}

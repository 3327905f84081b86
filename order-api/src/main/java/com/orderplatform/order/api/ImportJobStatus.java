package com.orderplatform.order.api;

/**
 * Where a CSV import job is ({@code "queued"}, {@code "validating"} …): queued →
 * validating → validated (a dry run) or processing → completed / completed_with_errors;
 * failed and cancelled end it early.
 */
public enum ImportJobStatus {

	NEEDS_MAPPING, QUEUED, VALIDATING, VALIDATED, PROCESSING, COMPLETED, COMPLETED_WITH_ERRORS, FAILED, CANCELLED;

	/**
	 * Whether the job will not change any more.
	 * @return {@code true} for validated, completed, completed_with_errors, failed and
	 * cancelled
	 */
	public boolean finished() {
		return this != NEEDS_MAPPING && this != QUEUED && this != VALIDATING && this != PROCESSING;
	}

}

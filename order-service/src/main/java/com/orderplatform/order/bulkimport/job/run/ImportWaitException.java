package com.orderplatform.order.bulkimport.job.run;

import com.orderplatform.order.bulkimport.job.ImportJob;

/**
 * A run stops to wait: a downstream service stayed unreachable after the in-request
 * retries and the outage is younger than the patience. The runner parks the job (it stays
 * {@code processing}) and takes it up again after a backoff.
 */
public class ImportWaitException extends RuntimeException {

	private final transient ImportJob.Waiting waiting;

	public ImportWaitException(String jobId, ImportJob.Waiting waiting) {
		super("Import " + jobId + " waits for the " + waiting.service().label() + ": " + waiting.reason());
		this.waiting = waiting;
	}

	/** The outage, the attempt that just failed counted, without a next attempt yet. */
	public ImportJob.Waiting waiting() {
		return this.waiting;
	}

}

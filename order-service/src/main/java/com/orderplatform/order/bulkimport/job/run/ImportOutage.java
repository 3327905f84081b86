package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;
import com.orderplatform.order.bulkimport.job.WaitFor;

/**
 * What one run of a job knows of an outage of the payment or notification service. It
 * starts from the outage stored with the job (the patience counts from its first failed
 * attempt, across runs), ends it in the job as soon as that service answers again, and
 * decides what an unreachable service means: wait (while the outage is younger than
 * {@code oms.import.outage.patience}) or go on without it as before (pending orders,
 * missing confirmations, reported when the job ends).
 */
public final class ImportOutage {

	private final String jobId;

	private final String instanceId;

	private final ImportJobClaims claims;

	private final Duration patience;

	private final Clock clock;

	private ImportJob.Waiting current;

	private boolean confirmationsDeferred;

	public ImportOutage(ImportJob job, String instanceId, ImportJobClaims claims, Duration patience, Clock clock) {
		this.jobId = job.id();
		this.instanceId = instanceId;
		this.claims = claims;
		this.patience = patience;
		this.clock = clock;
		this.current = job.waiting();
	}

	/** The service answered: an outage of it is over. */
	public void answered(WaitFor service) {
		if (this.current != null && this.current.service() == service) {
			this.claims.endOutage(this.jobId, this.instanceId, this.clock.instant());
			this.current = null;
		}
	}

	/**
	 * The service stayed unreachable after the in-request retries.
	 * @param service which
	 * @param reason why, in English (the client's one-line description)
	 * @throws ImportWaitException while the outage is younger than the patience: the job
	 * waits; past it this returns and the caller goes on without the service
	 */
	public void unreachable(WaitFor service, String reason) {
		Instant now = this.clock.instant();
		boolean same = this.current != null && this.current.service() == service;
		Instant since = same ? this.current.since() : now;
		int attempts = same ? this.current.attempts() + 1 : 1;
		this.current = new ImportJob.Waiting(service, reason, since, attempts, null);
		if (Duration.between(since, now).compareTo(this.patience) < 0) {
			throw new ImportWaitException(this.jobId, this.current);
		}
	}

	/**
	 * Whether this run stopped sending each chunk's confirmations because the
	 * notification service could not be reached; the job's end sends them all.
	 */
	public boolean confirmationsDeferred() {
		return this.confirmationsDeferred;
	}

	public void deferConfirmations() {
		this.confirmationsDeferred = true;
	}

}

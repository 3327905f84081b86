package com.orderplatform.order.bulkimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One run's progress, written to the job at every chunk and at least every second; each
 * write renews the runner's lease and stops the run when the job is no longer this
 * runner's or cancelling was asked for.
 */
final class ImportProgress {

	private static final Duration INTERVAL = Duration.ofSeconds(1);

	private final ImportJobRepository jobs;

	private final Clock clock;

	private final Duration lease;

	private final String jobId;

	private final String instanceId;

	private String phase;

	private int processed;

	private Instant written = Instant.MIN;

	ImportProgress(ImportJobRepository jobs, Clock clock, Duration lease, String jobId, String instanceId) {
		this.jobs = jobs;
		this.clock = clock;
		this.lease = lease;
		this.jobId = jobId;
		this.instanceId = instanceId;
	}

	void enter(String phase) throws InterruptedException {
		this.phase = phase;
		checkpoint(true);
	}

	void add(int rows) {
		this.processed += rows;
	}

	int processed() {
		return this.processed;
	}

	/**
	 * Writes the progress, always or when a second has passed since the last write.
	 * @throws InterruptedException when the service shuts down
	 * @throws ImportStoppedException when the job was cancelled or taken over
	 */
	void checkpoint(boolean always) throws InterruptedException {
		if (Thread.interrupted()) {
			throw new InterruptedException("Import " + this.jobId + " interrupted in phase " + this.phase);
		}
		Instant now = this.clock.instant();
		if (!always && this.written.plus(INTERVAL).isAfter(now)) {
			return;
		}
		if (!this.jobs.progress(this.jobId, this.instanceId, this.phase, this.processed, now, now.plus(this.lease))) {
			throw new ImportStoppedException(this.jobId);
		}
		this.written = now;
	}

}

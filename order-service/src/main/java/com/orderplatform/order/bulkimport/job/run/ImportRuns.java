package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;

import org.springframework.stereotype.Component;

/**
 * A run's state in its job, for the runner and the processing: the progress it writes
 * (from the job's checkpoint), its view of a downstream outage, and the moves only the
 * job's runner makes: starting to process, parking to wait, ending. All go through
 * {@link ImportJobClaims}, so they hold only while the job is this runner's.
 */
@Component
public class ImportRuns {

	private final ImportJobClaims claims;

	private final ImportOutageProperties outages;

	private final ImportProperties properties;

	private final Clock clock;

	public ImportRuns(ImportJobClaims claims, ImportOutageProperties outages, ImportProperties properties,
			Clock clock) {
		this.claims = claims;
		this.outages = outages;
		this.properties = properties;
		this.clock = clock;
	}

	/** The progress of a processing run, going on from the job's checkpoint. */
	public ImportProgress progress(ImportJob job, String instanceId) {
		return ImportProgress.resumed(this.claims, this.clock, this.properties.lease(), job, instanceId);
	}

	/** The run's view of the outage the job may be waiting out. */
	public ImportOutage outage(ImportJob job, String instanceId) {
		return new ImportOutage(job, instanceId, this.claims, this.outages.patience(), this.clock);
	}

	public boolean startProcessing(String jobId, String instanceId, ImportJobRepository.Outcome validated) {
		return this.claims.startProcessing(jobId, instanceId, validated, this.clock.instant());
	}

	/**
	 * Parks the job until its next attempt, after a backoff that grows with the failed
	 * attempts ({@link ImportOutageProperties#delayAfter}).
	 * @param waiting the outage, the failed attempt counted
	 * @return the next attempt, or empty when the job is no longer this runner's or
	 * cancelling was asked for
	 */
	public Optional<Instant> park(String jobId, String instanceId, ImportJob.Waiting waiting) {
		Instant now = this.clock.instant();
		Instant next = now.plus(this.outages.delayAfter(waiting.attempts(), ThreadLocalRandom.current().nextDouble()));
		boolean parked = this.claims.park(jobId, instanceId, waiting.parkedUntil(next), now,
				next.plus(this.properties.lease()));
		return parked ? Optional.of(next) : Optional.empty();
	}

	public void finish(String jobId, String instanceId, ImportJobRepository.Outcome outcome) {
		this.claims.finish(jobId, instanceId, outcome, this.clock.instant());
	}

	public void fail(String jobId, String instanceId, String error) {
		this.claims.fail(jobId, instanceId, error, this.clock.instant());
	}

}

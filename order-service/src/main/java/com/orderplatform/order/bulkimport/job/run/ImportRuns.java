package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.IllegalImportTransitionException;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;

import org.springframework.stereotype.Component;

/**
 * A run's state in its job, for the runner and the processing: the progress it writes
 * (from the job's checkpoint), its view of a downstream outage, and the moves only the
 * job's runner makes: starting to process, parking to wait, ending. All go through
 * {@link ImportJobClaims}, so they hold only while the job is this runner's. It also
 * keeps each run's "lost" flag, which the heartbeat raises and the progress checks.
 */
@Component
public class ImportRuns {

	private final ImportJobClaims claims;

	private final ImportOutageProperties outages;

	private final ImportProperties properties;

	private final Clock clock;

	/** The runs on this instance, each with the flag the heartbeat raises when lost. */
	private final Map<String, AtomicBoolean> lost = new ConcurrentHashMap<>();

	/** Raised when the service stops, so that every run stops at its next checkpoint. */
	private final AtomicBoolean stopping = new AtomicBoolean();

	public ImportRuns(ImportJobClaims claims, ImportOutageProperties outages, ImportProperties properties,
			Clock clock) {
		this.claims = claims;
		this.outages = outages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A run of the job starts on this instance.
	 * @return its flag, raised when the job is found to be no longer this runner's
	 */
	AtomicBoolean started(String jobId) {
		AtomicBoolean flag = new AtomicBoolean();
		this.lost.put(jobId, flag);
		return flag;
	}

	/** Tells every run to stop at its next checkpoint (a graceful stop), or not. */
	void stopRuns(boolean stop) {
		this.stopping.set(stop);
	}

	/** The run with this flag has ended. */
	void ended(String jobId, AtomicBoolean flag) {
		this.lost.remove(jobId, flag);
	}

	/** The progress of a processing run, going on from the job's checkpoint. */
	public ImportProgress progress(ImportJob job, String instanceId) {
		return ImportProgress.resumed(this.claims, this.clock, this.properties.lease(), job, instanceId,
				lostFlag(job.id()), this.stopping);
	}

	/** The run's view of the outage the job may be waiting out. */
	public ImportOutage outage(ImportJob job, String instanceId) {
		return new ImportOutage(job, instanceId, this.claims, this.outages.patience(), this.clock);
	}

	/** The progress of a validation run, from the start. */
	public ImportProgress validationProgress(String jobId, String instanceId) {
		return new ImportProgress(this.claims, this.clock, this.properties.lease(), jobId, instanceId, lostFlag(jobId),
				this.stopping);
	}

	private AtomicBoolean lostFlag(String jobId) {
		return this.lost.getOrDefault(jobId, new AtomicBoolean());
	}

	/** Records what validation found out about the file: its dialect and its rows. */
	public void recordProfile(String jobId, String encoding, String delimiter, String warnings, int totalRows) {
		this.claims.recordProfile(jobId, encoding, delimiter, warnings, totalRows, this.clock.instant());
	}

	/**
	 * A validated job goes on to create its orders.
	 * @return {@code false} when the job is no longer this runner's
	 * @throws IllegalImportTransitionException unless the job is validating
	 */
	public boolean startProcessing(ImportJob job, String instanceId, ImportJobRepository.Outcome validated) {
		job.requireMove(ImportJobState.PROCESSING);
		return this.claims.startProcessing(job.id(), instanceId, validated, this.clock.instant());
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

	/**
	 * Ends a job this runner holds.
	 * @param job the job as the run last read it
	 * @throws IllegalImportTransitionException when its state does not lead to the
	 * outcome's
	 */
	public void finish(ImportJob job, String instanceId, ImportJobRepository.Outcome outcome) {
		job.requireMove(outcome.status());
		this.claims.finish(job.id(), instanceId, outcome, this.clock.instant());
	}

	public void fail(String jobId, String instanceId, String error) {
		this.claims.fail(jobId, instanceId, error, this.clock.instant());
	}

}

package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;

/**
 * One run's progress, written to the job at every chunk and at least every second; each
 * write renews the runner's lease and stops the run when the job is no longer this
 * runner's or cancelling was asked for, as does a checkpoint after the heartbeat found
 * the job lost ({@link ImportHeartbeat}). While processing, each write after a finished
 * chunk also records the checkpoint (where a later run goes on), with the rows counted so
 * far, so a resumed run neither repeats finished chunks nor shows less progress.
 */
public final class ImportProgress {

	private static final Duration INTERVAL = Duration.ofSeconds(1);

	private final ImportJobClaims claims;

	private final Clock clock;

	private final Duration lease;

	private final String jobId;

	private final String instanceId;

	private final AtomicBoolean lost;

	private final AtomicBoolean stopping;

	private String phase;

	private int processed;

	private String checkpoint;

	private Instant written = Instant.MIN;

	/**
	 * A progress from the start of a run.
	 * @param lost the run's flag, raised when the heartbeat finds the job is no longer
	 * this runner's
	 * @param stopping raised when the service stops: the run stops at its next checkpoint
	 */
	ImportProgress(ImportJobClaims claims, Clock clock, Duration lease, String jobId, String instanceId,
			AtomicBoolean lost, AtomicBoolean stopping) {
		this.claims = claims;
		this.clock = clock;
		this.lease = lease;
		this.jobId = jobId;
		this.instanceId = instanceId;
		this.lost = lost;
		this.stopping = stopping;
	}

	/** A progress that goes on from the job's checkpoint and rows counted so far. */
	static ImportProgress resumed(ImportJobClaims claims, Clock clock, Duration lease, ImportJob job, String instanceId,
			AtomicBoolean lost, AtomicBoolean stopping) {
		ImportProgress progress = new ImportProgress(claims, clock, lease, job.id(), instanceId, lost, stopping);
		progress.processed = job.processedRows();
		progress.checkpoint = job.checkpointKey();
		return progress;
	}

	public void enter(String phase) throws InterruptedException {
		this.phase = phase;
		checkpoint(true);
	}

	public void add(int rows) {
		this.processed += rows;
	}

	public int processed() {
		return this.processed;
	}

	/** Where the run has got to, {@code null} at its start. */
	public String checkpointKey() {
		return this.checkpoint;
	}

	/**
	 * A chunk is finished: records the rows and the checkpoint after it.
	 * @throws InterruptedException when the service shuts down
	 * @throws ImportStoppedException when the job was cancelled or taken over
	 */
	public void chunkDone(int rows, String checkpointKey) throws InterruptedException {
		this.processed += rows;
		this.checkpoint = checkpointKey;
		checkpoint(true);
	}

	/**
	 * Writes the progress, always or when a second has passed since the last write.
	 * @throws InterruptedException when the service shuts down (after writing, so a
	 * finished chunk's checkpoint is kept)
	 * @throws ImportStoppedException when the job was cancelled or taken over
	 */
	public void checkpoint(boolean always) throws InterruptedException {
		if (Thread.interrupted()) {
			throw new InterruptedException("Import " + this.jobId + " interrupted in phase " + this.phase);
		}
		if (this.lost.get()) {
			throw new ImportStoppedException(this.jobId);
		}
		Instant now = this.clock.instant();
		if (always || !this.written.plus(INTERVAL).isAfter(now)) {
			if (!this.claims.progress(this.jobId, this.instanceId, this.phase, this.processed, this.checkpoint, now,
					now.plus(this.lease))) {
				throw new ImportStoppedException(this.jobId);
			}
			this.written = now;
		}
		if (this.stopping.get()) {
			throw new InterruptedException("Import " + this.jobId + " stopped at its checkpoint: the service stops");
		}
	}

}

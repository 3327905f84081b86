package com.orderplatform.order.bulkimport;

import java.time.Clock;

import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.run.ImportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Retries a job through the queue, so the work runs on a runner (with its lease, its
 * checkpoints, cancel and the wait for an unreachable service), never inside the HTTP
 * request: an ended import is queued to charge its pending orders again, a chunk at a
 * time with one batch payment each (the job's batch id: the payment service answers the
 * orders it already paid from their payments and charges only the declined ones again),
 * and to queue missing confirmations; a job that stopped on an unexpected error is queued
 * to go on from its checkpoint.
 */
@Component
public class ImportRetry {

	private static final Logger log = LoggerFactory.getLogger(ImportRetry.class);

	private final ImportService imports;

	private final ImportJobRepository jobs;

	private final ImportRunner runner;

	private final Clock clock;

	private final ImportJobViews views;

	ImportRetry(ImportService imports, ImportJobRepository jobs, ImportRunner runner, Clock clock,
			ImportJobViews views) {
		this.imports = imports;
		this.jobs = jobs;
		this.runner = runner;
		this.clock = clock;
		this.views = views;
	}

	/**
	 * Queues the job again ({@link ImportJob#retried}).
	 * @param id the job's id
	 * @return the job as queued
	 * @throws ImportJobNotFoundException when there is no such job
	 * @throws ImportExpiredException when its retention has ended
	 * @throws ImportConflictException when it cannot be retried in its state
	 */
	public ImportJobView retry(String id) {
		ImportJob job = this.imports.findWithRows(id);
		ImportJob retried = job.retried(this.clock.instant());
		if (!this.jobs.requeue(retried, job.state())) {
			// It changed meanwhile (another retry, say): decide again on what it is now.
			this.imports.find(id).retried(this.clock.instant());
			throw new ImportConflictException("Import " + id + " changed while it was being retried; try again");
		}
		log.info("Import {} retried from {}: queued to {}", id, job.state(), retried.runMode().db());
		// The answer is the job as the retry left it, queued: a runner may take it at
		// once.
		ImportJobView queued = this.views.view(retried);
		this.runner.wake();
		return queued;
	}

}

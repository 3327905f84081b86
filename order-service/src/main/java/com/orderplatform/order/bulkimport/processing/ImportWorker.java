package com.orderplatform.order.bulkimport.processing;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import com.orderplatform.order.bulkimport.ImportJobNotFoundException;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.job.run.ImportJobObserver;
import com.orderplatform.order.bulkimport.job.run.ImportRuns;
import com.orderplatform.order.bulkimport.job.run.ImportStoppedException;
import com.orderplatform.order.bulkimport.job.run.ImportWaitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs one job a runner has claimed, on a worker thread, and records how the run ended:
 * the job's result; a wait (the job is parked, the worker is free for other jobs); a
 * cancellation; or, on an unexpected error, {@code failed} with {@code INTERNAL_ERROR},
 * keeping its counts and checkpoint so a retry goes on from there.
 */
@Component
public class ImportWorker {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final ImportJobRepository jobs;

	private final ImportValidation validation;

	private final ImportProcessing processing;

	private final ImportRuns runs;

	private final ImportCancellation cancellation;

	private final ObjectProvider<ImportJobObserver> observers;

	public ImportWorker(ImportJobRepository jobs, ImportValidation validation, ImportProcessing processing,
			ImportRuns runs, ImportCancellation cancellation, ObjectProvider<ImportJobObserver> observers) {
		this.jobs = jobs;
		this.validation = validation;
		this.processing = processing;
		this.runs = runs;
		this.cancellation = cancellation;
		this.observers = observers;
	}

	/**
	 * Runs a claimed job until it ends, waits or stops.
	 * @return when the job, parked, is to be taken up again; empty otherwise
	 * @throws InterruptedException when the service shuts down (the job resumes later)
	 */
	public Optional<Instant> run(String id, String instanceId) throws InterruptedException {
		try {
			ImportJob job = find(id);
			ImportJobObserver observer = this.observers.getIfAvailable();
			if (observer != null) {
				observer.starting(id, job.filename());
			}
			log.info("Import {} ({}) running on {}", id, job.filename(), instanceId);
			execute(job, instanceId);
		}
		catch (ImportWaitException ex) {
			return park(id, instanceId, ex.waiting());
		}
		catch (ImportStoppedException ex) {
			this.cancellation.endStopped(id, instanceId);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import {} failed; POST /api/v1/imports/{}/retry resumes it from its checkpoint", id, id, ex);
			this.runs.fail(id, instanceId, "The import stopped on an unexpected error: " + ex.getMessage()
					+ ". Retry it to go on from where it stopped.");
		}
		return Optional.empty();
	}

	private Optional<Instant> park(String id, String instanceId, ImportJob.Waiting waiting) {
		Optional<Instant> next = this.runs.park(id, instanceId, waiting);
		if (next.isPresent()) {
			log.info("Import {} waits for the {} (attempt {} failed: {}); next attempt at {}", id,
					waiting.service().label(), waiting.attempts(), waiting.reason(), next.get());
		}
		else {
			this.cancellation.endStopped(id, instanceId);
		}
		return next;
	}

	/**
	 * Validates the job and, unless it is a dry run, imports it; a job whose processing
	 * had started goes straight back to processing. Records how the run ended.
	 */
	private void execute(ImportJob job, String instanceId) throws IOException, InterruptedException {
		if (job.state() == ImportJobState.PROCESSING) {
			finish(job, instanceId, this.processing.process(job, instanceId));
			return;
		}
		ImportJobRepository.Outcome validated = this.validation.validate(job, instanceId);
		if (validated.status() != ImportJobState.VALIDATED || job.dryRun()) {
			finish(job, instanceId, validated);
		}
		else if (!job.errorPolicy().allowsImportWith(validated.failedRows())) {
			finish(job, instanceId, allOrNothing(validated));
		}
		else {
			if (!this.runs.startProcessing(job, instanceId, validated)) {
				throw new ImportStoppedException(job.id());
			}
			ImportJob processing = find(job.id());
			finish(processing, instanceId, this.processing.process(processing, instanceId));
		}
	}

	private void finish(ImportJob job, String instanceId, ImportJobRepository.Outcome outcome) {
		this.runs.finish(job, instanceId, outcome);
		log.info("Import {} ended {}: {} rows, {} failed, {} orders", job.id(), outcome.status(),
				outcome.processedRows(), outcome.failedRows(), outcome.orderCount());
	}

	private static ImportJobRepository.Outcome allOrNothing(ImportJobRepository.Outcome validated) {
		return new ImportJobRepository.Outcome(ImportJobState.FAILED, validated.processedRows(), 0,
				validated.failedRows(), validated.orderCount(), validated.failedOrderCount(), "ALL_OR_NOTHING",
				validated.failedRows() + " of " + validated.processedRows()
						+ " rows failed validation and error_policy is all_or_nothing: no order was imported."
						+ " Download errors.csv, fix the rows and upload the file again.");
	}

	private ImportJob find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
	}

}

package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;

import com.orderplatform.order.bulkimport.ImportConflictException;
import com.orderplatform.order.bulkimport.ImportJobNotFoundException;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.job.run.ImportRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels jobs: a queued one never starts; a parked one (waiting for a downstream
 * service, no runner on it) ends at once; a running one stops at its next checkpoint.
 * Orders a job left waiting for their payment (payment_processing) become pending with
 * the reason in the same transaction as the job's end, so a cancelled job strands none.
 */
@Component
public class ImportCancellation {

	private static final Logger log = LoggerFactory.getLogger(ImportCancellation.class);

	/** Decisions made again at most this often when the job keeps changing under them. */
	private static final int ATTEMPTS = 3;

	private static final String CANCELLED_WHILE_WAITING = "the import was cancelled while it waited for the"
			+ " payment service";

	private final ImportJobRepository jobs;

	private final ImportRuns runs;

	private final ImportCharger charger;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ImportCancellation(ImportJobRepository jobs, ImportRuns runs, ImportCharger charger,
			TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.runs = runs;
		this.charger = charger;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Cancels a job, as the job decides ({@link ImportJob#cancelled}); when it changed
	 * before the decision was stored (a runner took it, say), the decision is made again
	 * on what it is now.
	 * @param id the job's id
	 * @throws ImportJobNotFoundException when there is no such job
	 * @throws ImportConflictException when it has already ended
	 */
	public void cancel(String id) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			ImportJob job = find(id);
			ImportJob cancelled = job.cancelled(this.clock.instant());
			if (store(job, cancelled)) {
				log.info("Import {} {} in state {}", id, cancelled.cancelRequested() ? "asked to stop" : "cancelled",
						job.state());
				return;
			}
		}
		throw new ImportConflictException("Import " + id + " changed while it was being cancelled; try again");
	}

	/**
	 * Stores the cancellation; a parked job's orders left waiting for their payment
	 * become pending in the same transaction.
	 */
	private boolean store(ImportJob job, ImportJob cancelled) {
		if (!job.parked()) {
			return this.jobs.cancel(cancelled, job);
		}
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			if (!this.jobs.cancel(cancelled, job)) {
				return false;
			}
			int abandoned = this.charger.abandonPayments(job.id(), CANCELLED_WHILE_WAITING);
			log.info("Import {} cancelled while it waited; {} orders left pending", job.id(), abandoned);
			return true;
		}));
	}

	/**
	 * Ends a job whose run stopped because cancelling was asked for; a job taken over by
	 * another runner is left to it.
	 */
	void endStopped(String id, String instanceId) {
		ImportJob job = find(id);
		if (!job.cancelRequested() || !instanceId.equals(job.claimedBy())) {
			log.warn("Import {} was taken over by {}; this runner stops", id, job.claimedBy());
			return;
		}
		this.transactions.executeWithoutResult(status -> {
			this.charger.abandonPayments(id, CANCELLED_WHILE_WAITING);
			this.runs.finish(job, instanceId, new ImportJobRepository.Outcome(ImportJobState.CANCELLED,
					job.processedRows(), 0, 0, 0, 0, null, null));
		});
		log.info("Import {} cancelled after {} rows", id, job.processedRows());
	}

	private ImportJob find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
	}

}

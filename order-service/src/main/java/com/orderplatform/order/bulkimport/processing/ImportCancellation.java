package com.orderplatform.order.bulkimport.processing;

import java.time.Clock;
import java.time.Instant;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.bulkimport.ImportConflictException;
import com.orderplatform.order.bulkimport.ImportJobNotFoundException;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
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
	 * Cancels a job.
	 * @param id the job's id
	 * @throws ImportJobNotFoundException when there is no such job
	 * @throws ImportConflictException when it has already ended
	 */
	public void cancel(String id) {
		Instant now = this.clock.instant();
		if (!this.jobs.cancelQueued(id, now) && !cancelParked(id, now) && !this.jobs.requestCancel(id, now)) {
			ImportJob job = find(id);
			throw new ImportConflictException(
					"Import " + id + " cannot be cancelled in state " + ImportJobRepository.db(job.status()));
		}
		log.info("Import {} cancelled or asked to stop", id);
	}

	private boolean cancelParked(String id, Instant now) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			if (!this.jobs.cancelParked(id, now)) {
				return false;
			}
			int abandoned = this.charger.abandonPayments(id, CANCELLED_WHILE_WAITING);
			log.info("Import {} cancelled while it waited; {} orders left pending", id, abandoned);
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
			this.runs.finish(id, instanceId, new ImportJobRepository.Outcome(ImportJobStatus.CANCELLED,
					job.processedRows(), 0, 0, 0, 0, null, null));
		});
		log.info("Import {} cancelled after {} rows", id, job.processedRows());
	}

	private ImportJob find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
	}

}

package com.orderplatform.order.bulkimport;

import java.time.Clock;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Charges an ended import's unpaid orders again, a chunk at a time with one batch payment
 * each (the job's batch id: the payment service answers the orders it already paid from
 * their payments and charges only the declined ones again), confirms the newly paid
 * orders as the import would have, and updates the job's result.
 */
@Component
public class ImportRetry {

	private static final Logger log = LoggerFactory.getLogger(ImportRetry.class);

	private final ImportService imports;

	private final ImportStagingRepository staging;

	private final ImportCharger charger;

	private final ImportProcessing processing;

	private final ImportJobRepository jobs;

	private final ImportProperties properties;

	private final Clock clock;

	ImportRetry(ImportService imports, ImportStagingRepository staging, ImportCharger charger,
			ImportProcessing processing, ImportJobRepository jobs, ImportProperties properties, Clock clock) {
		this.imports = imports;
		this.staging = staging;
		this.charger = charger;
		this.processing = processing;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Charges the job's unpaid orders again.
	 * @param id the job's id
	 * @return the job afterwards
	 * @throws ImportConflictException unless the job is completed or completed with
	 * errors
	 */
	public ImportJobView retry(String id) {
		ImportJob job = this.imports.findWithRows(id);
		if (job.status() != ImportJobStatus.COMPLETED && job.status() != ImportJobStatus.COMPLETED_WITH_ERRORS) {
			throw new ImportConflictException("Import " + id + " cannot be retried in state "
					+ ImportJobRepository.db(job.status()) + "; only a completed import's unpaid orders can be");
		}
		this.staging.forEachOrderChunk(id, this.properties.chunkSize(), ids -> this.charger.charge(job, ids, true));
		long unpaid = this.processing.unpaid(id);
		ImportJobStatus status = (job.failedRows() == 0 && unpaid == 0) ? ImportJobStatus.COMPLETED
				: ImportJobStatus.COMPLETED_WITH_ERRORS;
		this.jobs.recordRetry(id, status, (unpaid > 0) ? "PAYMENTS_INCOMPLETE" : null,
				ImportProcessing.unpaidError(unpaid), this.clock.instant());
		log.info("Import {} retried: {} orders still unpaid", id, unpaid);
		return this.imports.get(id);
	}

}

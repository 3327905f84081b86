package com.orderplatform.order.bulkimport.processing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.file.validation.RejectedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.job.run.ImportProgress;
import com.orderplatform.order.bulkimport.job.run.ImportRuns;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.bulkimport.staging.StagedOrders;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.LocalFile;

import org.springframework.stereotype.Component;

/**
 * The validation phase of a job: counts the file's rows (so a file refused while reading,
 * {@code TOO_MANY_ROWS} or {@code MALFORMED_CSV}, fails before anything is staged and the
 * progress has a denominator), stages every row and its errors chunk by chunk, then reads
 * the rows back by group key, one order at a time, and records the errors of the orders
 * that fail. Progress is written at every chunk and at least every second, renewing the
 * job's lease. The file is read three times, so with object storage it is downloaded once
 * per run to a temporary local copy, deleted at the end.
 */
@Component
class ImportValidation {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): a validation chunk is
	 * staged.
	 */
	static final String VALIDATION_CHUNK = "validation-chunk";

	private final ImportRuns runs;

	private final ImportStagingRepository staging;

	private final ImportStore store;

	private final ImportProperties properties;

	ImportValidation(ImportRuns runs, ImportStagingRepository staging, ImportStore store, ImportProperties properties) {
		this.runs = runs;
		this.staging = staging;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * Validates a job this runner holds.
	 * @return how the job ends
	 * @throws ImportStoppedException when cancelling was asked for or the job was lost
	 * @throws InterruptedException when the service shuts down (the job is resumed later)
	 */
	ImportJobRepository.Outcome validate(ImportJob job, String instanceId) throws IOException, InterruptedException {
		try (LocalFile file = this.store.open(job.id())) {
			return validate(job, instanceId, file.path());
		}
	}

	private ImportJobRepository.Outcome validate(ImportJob job, String instanceId, Path file)
			throws IOException, InterruptedException {
		ImportProgress run = this.runs.validationProgress(job.id(), instanceId);
		FileProfile profile;
		int total;
		try {
			Charset encoding = ImportFileInspector.encodingNamed(job.requestedEncoding());
			profile = new ImportFileInspector(this.properties.limits()).inspect(file, encoding, job.reading());
			run.enter("counting");
			total = count(file, profile, run);
		}
		catch (ImportFileException ex) {
			return new ImportJobRepository.Outcome(ImportJobState.FAILED, run.processed(), 0, 0, 0, 0,
					ex.getCode().name(), ex.getMessage());
		}
		this.runs.recordProfile(job.id(), profile.encodingLabel(), String.valueOf(profile.delimiter()),
				profile.warnings().isEmpty() ? null : String.join("\n", profile.warnings()), total);
		this.staging.clear(job.id());
		run.enter("staging");
		stage(job.id(), file, profile, run);
		run.enter("grouping");
		int[] orders = group(job.id(), run);
		int failed = this.staging.failedRows(job.id());
		String exceeded = job.maxErrors().exceeded(failed, total);
		if (exceeded != null) {
			return new ImportJobRepository.Outcome(ImportJobState.FAILED, total, total - failed, failed, orders[0],
					orders[1], "MAX_ERRORS_EXCEEDED", exceeded);
		}
		return new ImportJobRepository.Outcome(ImportJobState.VALIDATED, total, total - failed, failed, orders[0],
				orders[1], null, null);
	}

	private int count(Path file, FileProfile profile, ImportProgress run) throws IOException, InterruptedException {
		int rows = 0;
		try (ImportRowReader reader = ImportRowReader.open(file, profile, this.properties.limits())) {
			for (ImportRow ignored : reader) {
				rows++;
				if (rows % this.properties.chunkSize() == 0) {
					run.checkpoint(false);
				}
			}
		}
		return rows;
	}

	private void stage(String jobId, Path file, FileProfile profile, ImportProgress run)
			throws IOException, InterruptedException {
		List<ValidatedRow> chunk = new ArrayList<>(this.properties.chunkSize());
		try (ImportRowReader reader = ImportRowReader.open(file, profile, this.properties.limits())) {
			for (ImportRow row : reader) {
				chunk.add(ImportRowValidator.validate(row));
				if (chunk.size() == this.properties.chunkSize()) {
					flush(jobId, chunk, run);
				}
			}
		}
		flush(jobId, chunk, run);
	}

	private void flush(String jobId, List<ValidatedRow> chunk, ImportProgress run) throws InterruptedException {
		if (!chunk.isEmpty()) {
			this.staging.insertChunk(jobId, chunk);
			CrashPoint.reached(VALIDATION_CHUNK);
			run.add(chunk.size());
			chunk.clear();
			run.checkpoint(true);
		}
	}

	/**
	 * Feeds the staged rows to the grouper one order at a time and stores the errors it
	 * adds, a page at a time.
	 * @return the number of orders and of failed orders
	 */
	private int[] group(String jobId, ImportProgress run) throws InterruptedException {
		int[] counts = new int[2];
		List<RowError> errors = new ArrayList<>();
		new StagedOrders(this.staging, jobId, this.properties.chunkSize()).forEach(rows -> decide(rows, errors, counts),
				() -> {
					this.staging.insertErrors(jobId, errors);
					errors.clear();
					run.checkpoint(false);
				});
		return counts;
	}

	/** Records the errors the grouper adds to a failed order's rows. */
	private static void decide(List<ValidatedRow> rows, List<RowError> errors, int[] counts) {
		counts[0]++;
		if (OrderGrouper.group(rows) instanceof RejectedOrder rejected) {
			counts[1]++;
			for (ValidatedRow row : rows) {
				List<RowError> all = rejected.errorsByRow().getOrDefault(row.rowNumber(), List.of());
				errors.addAll(all.subList(Math.min(row.errors().size(), all.size()), all.size()));
			}
		}
	}

}

package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportJobPage;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportOptions;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportRetention;
import com.orderplatform.order.bulkimport.job.run.ImportRunner;
import com.orderplatform.order.bulkimport.mapping.UploadMappings;
import com.orderplatform.order.bulkimport.staging.ImportStagingReads;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The CSV import's entry point: receives an upload and queues it as a job (or answers
 * with the job the same upload already made), and shows jobs and their errors. Confirming
 * a dry run is {@link ImportConfirmation}, retrying {@link ImportRetry}, a job as the API
 * shows it {@link ImportJobViews}; the work itself is done by the {@link ImportRunner}.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private final ImportJobRepository jobs;

	private final ImportStagingReads staging;

	private final ImportFiles files;

	private final ImportStore store;

	private final ImportRunner runner;

	private final ImportRetention retention;

	private final ImportProperties properties;

	private final Clock clock;

	private final ImportJobViews views;

	private final UploadMappings mappings;

	ImportService(ImportJobRepository jobs, ImportStagingReads staging, ImportFiles files, ImportStore store,
			ImportRunner runner, ImportRetention retention, ImportProperties properties, Clock clock,
			ImportJobViews views, UploadMappings mappings) {
		this.mappings = mappings;
		this.jobs = jobs;
		this.retention = retention;
		this.staging = staging;
		this.files = files;
		this.store = store;
		this.runner = runner;
		this.properties = properties;
		this.clock = clock;
		this.views = views;
	}

	/**
	 * The job an upload made or found.
	 *
	 * @param job the job
	 * @param created {@code true} when the upload queued a new job
	 */
	public record Accepted(ImportJobView job, boolean created) {
	}

	/**
	 * Receives a file: streams it to disk computing its SHA-256 (then to the store),
	 * answers with the job of the same Idempotency-Key or of the same file (unless
	 * forced), refuses a file that is wrong as a whole (deleting it), else queues a job.
	 * @param upload the options
	 * @param content the file's bytes
	 * @return the job
	 * @throws ImportFileException when the file is refused as a whole
	 * @throws InvalidImportRequestException when an option is invalid
	 * @throws ImportConflictException when the Idempotency-Key was used for another file
	 */
	public Accepted upload(ImportUpload upload, InputStream content) throws IOException {
		ImportOptions options = upload.options();
		Charset encoding = ImportFileInspector.encodingNamed(options.requestedEncoding());
		ImportFiles.Upload received = this.files.receive(content);
		Optional<ImportJob> existing = existing(upload, options, received);
		if (existing.isPresent()) {
			ImportFiles.discard(received);
			return new Accepted(this.views.view(existing.get()), false);
		}
		UploadMappings.Decision reading = this.mappings.decide(received, encoding, options, this.properties.limits());
		ImportJob job = ImportJob.uploaded(UUID.randomUUID().toString(), upload.filename(), received.sha256(),
				received.size(), options, reading.reading(), reading.needsMapping(), upload.user(),
				this.clock.instant());
		this.files.keep(received, job.id());
		try {
			this.jobs.insert(job);
		}
		catch (DataIntegrityViolationException ex) {
			this.store.delete(job.id());
			return new Accepted(
					this.views.view(sameKey(options.idempotencyKey(), received.sha256()).orElseThrow(() -> ex)), false);
		}
		log.info("Import {} {}: {} ({} bytes, sha256 {}) by {}", job.id(), job.state(), job.filename(), job.fileSize(),
				job.sha256(), job.createdBy());
		this.runner.wake();
		return new Accepted(this.views.view(job), true);
	}

	private Optional<ImportJob> existing(ImportUpload upload, ImportOptions options, ImportFiles.Upload received) {
		try {
			Optional<ImportJob> sameKey = sameKey(options.idempotencyKey(), received.sha256());
			if (sameKey.isPresent() || upload.force()) {
				return sameKey;
			}
			return this.jobs.findReusable(received.sha256(), !options.dryRun());
		}
		catch (RuntimeException ex) {
			ImportFiles.discard(received);
			throw ex;
		}
	}

	private Optional<ImportJob> sameKey(String key, String sha256) {
		if (key == null) {
			return Optional.empty();
		}
		Optional<ImportJob> job = this.jobs.findByIdempotencyKey(key);
		if (job.isPresent() && !job.get().sha256().equals(sha256)) {
			throw new ImportConflictException("Idempotency-Key " + key + " was used for another file (import "
					+ job.get().id() + " of " + job.get().filename() + "); use a new key for a new file");
		}
		return job;
	}

	/**
	 * One job.
	 * @param id the job's id
	 * @return the job
	 * @throws ImportJobNotFoundException when unknown
	 */
	public ImportJobView get(String id) {
		return this.views.view(find(id));
	}

	/** Jobs, newest first: a page of {@code limit} after {@code skip}. */
	public ImportJobPage list(int skip, int limit) {
		return new ImportJobPage(this.jobs.page(skip, limit).stream().map(this.views::view).toList(), this.jobs.count(),
				skip, limit);
	}

	/**
	 * A job's errors, by row.
	 * @param id the job's id
	 * @param skip how many to skip
	 * @param limit how many to return
	 * @return the page
	 */
	public ImportErrorPage errors(String id, int skip, int limit) {
		findWithRows(id);
		return new ImportErrorPage(this.staging.errors(id, skip, limit), this.staging.errorCount(id), skip, limit);
	}

	ImportJob find(String id) {
		return this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
	}

	/**
	 * A job whose file and staged rows are still kept.
	 * @throws ImportJobNotFoundException when there is no such job
	 * @throws ImportExpiredException when its retention has ended
	 */
	ImportJob findWithRows(String id) {
		ImportJob job = find(id);
		this.retention.requireRows(job);
		return job;
	}

}

package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportJobPage;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.job.ErrorPolicy;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportRetention;
import com.orderplatform.order.bulkimport.job.MaxErrors;
import com.orderplatform.order.bulkimport.job.NotifyMode;
import com.orderplatform.order.bulkimport.job.run.ImportRunner;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

/**
 * The CSV import's entry point: receives an upload and queues it as a job (or answers
 * with the job the same upload already made), shows jobs and their errors, cancels them.
 * The work itself is done by the {@link ImportRunner}.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/**
	 * The share of a real import's progress its validation takes (about a fifth of its
	 * time).
	 */
	static final double VALIDATION_SHARE = 0.2;

	private final ImportJobRepository jobs;

	private final ImportStagingRepository staging;

	private final ImportFiles files;

	private final ImportRunner runner;

	private final ImportRetention retention;

	private final ImportProperties properties;

	private final Clock clock;

	ImportService(ImportJobRepository jobs, ImportStagingRepository staging, ImportFiles files, ImportRunner runner,
			ImportRetention retention, ImportProperties properties, Clock clock) {
		this.jobs = jobs;
		this.retention = retention;
		this.staging = staging;
		this.files = files;
		this.runner = runner;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * What an upload asks for, its options parsed.
	 *
	 * @param filename the file's name
	 * @param dryRun only validate
	 * @param notifyMode who hears about the import
	 * @param errorPolicy what an invalid row does to the rest
	 * @param maxErrors the most failed rows tolerated
	 * @param encoding an encoding to read the file in instead of detecting it, trimmed;
	 * {@code null} to detect it
	 * @param force queue the file even when the same file is already imported
	 * @param idempotencyKey the {@code Idempotency-Key} header, trimmed; {@code null} for
	 * none
	 * @param user who uploads (the token's subject)
	 */
	public record Upload(String filename, boolean dryRun, NotifyMode notifyMode, ErrorPolicy errorPolicy,
			MaxErrors maxErrors, String encoding, boolean force, String idempotencyKey, String user) {

		/**
		 * Parses an upload's fields as sent, in the order a request is checked:
		 * {@code notify}, {@code error_policy}, {@code Idempotency-Key},
		 * {@code max_errors}.
		 * @throws InvalidImportRequestException naming the first field that is invalid
		 */
		public static Upload parse(String filename, boolean dryRun, String notifyMode, String errorPolicy,
				String maxErrors, String encoding, boolean force, String idempotencyKey, String user) {
			NotifyMode notify = NotifyMode.parse(notifyMode);
			ErrorPolicy policy = ErrorPolicy.parse(errorPolicy);
			String key = (idempotencyKey != null && !idempotencyKey.isBlank()) ? idempotencyKey.strip() : null;
			if (key != null && key.length() > 255) {
				throw new InvalidImportRequestException("Idempotency-Key", "Idempotency-Key is at most 255 characters");
			}
			String charset = (encoding != null && !encoding.isBlank()) ? encoding.strip() : null;
			return new Upload(filename, dryRun, notify, policy, MaxErrors.parse(maxErrors), charset, force, key, user);
		}

		ImportJob.Options options() {
			return new ImportJob.Options(this.dryRun, this.notifyMode, this.errorPolicy, this.maxErrors, this.encoding,
					this.idempotencyKey);
		}

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
	 * Receives a file: streams it to disk computing its SHA-256, answers with the job of
	 * the same Idempotency-Key or of the same file (unless forced), refuses a file that
	 * is wrong as a whole (deleting it), else queues a job.
	 * @param upload the options
	 * @param content the file's bytes
	 * @return the job
	 * @throws ImportFileException when the file is refused as a whole
	 * @throws InvalidImportRequestException when an option is invalid
	 * @throws ImportConflictException when the Idempotency-Key was used for another file
	 */
	public Accepted upload(Upload upload, InputStream content) throws IOException {
		ImportJob.Options options = upload.options();
		Charset encoding = (options.requestedEncoding() != null)
				? ImportFileInspector.encodingNamed(options.requestedEncoding()) : null;
		ImportFiles.Upload received = this.files.receive(content);
		Optional<ImportJob> existing = existing(upload, options, received);
		if (existing.isPresent()) {
			ImportFiles.discard(received);
			return new Accepted(view(existing.get()), false);
		}
		try {
			new ImportFileInspector(this.properties.limits()).inspect(received.file(), encoding);
		}
		catch (ImportFileException | IOException ex) {
			ImportFiles.discard(received);
			throw ex;
		}
		ImportJob job = ImportJob.queued(UUID.randomUUID().toString(), filename(upload.filename()), received.sha256(),
				received.size(), options, upload.user(), this.clock.instant());
		this.files.keep(received, job.id());
		try {
			this.jobs.insert(job);
		}
		catch (DataIntegrityViolationException ex) {
			ImportFiles.discard(new ImportFiles.Upload(this.files.path(job.id()), job.sha256(), job.fileSize()));
			return new Accepted(view(sameKey(options.idempotencyKey(), received.sha256()).orElseThrow(() -> ex)),
					false);
		}
		log.info("Import {} queued: {} ({} bytes, sha256 {}) by {}", job.id(), job.filename(), job.fileSize(),
				job.sha256(), job.createdBy());
		this.runner.wake();
		return new Accepted(view(job), true);
	}

	private Optional<ImportJob> existing(Upload upload, ImportJob.Options options, ImportFiles.Upload received) {
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
		return view(find(id));
	}

	/**
	 * Jobs, newest first.
	 * @param skip how many to skip
	 * @param limit how many to return
	 * @return the page
	 */
	public ImportJobPage list(int skip, int limit) {
		return new ImportJobPage(this.jobs.page(skip, limit).stream().map(this::view).toList(), this.jobs.count(), skip,
				limit);
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

	/**
	 * Turns a validated dry run into a real import of the same stored file: it is queued
	 * again, validated again (the same result) and processed.
	 * @param id the job's id
	 * @param force import it even when the same file was imported meanwhile
	 * @return the job, queued
	 * @throws ImportConflictException unless it is a validated dry run, or (without
	 * {@code force}) when a real import of the same file is queued, running or ended
	 * without failing
	 */
	public ImportJobView confirm(String id, boolean force) {
		ImportJob dryRun = findWithRows(id);
		Optional<ImportJob> imported = this.jobs.findReusable(dryRun.sha256(), true)
			.filter(other -> !other.id().equals(id));
		if (!force && dryRun.dryRun() && imported.isPresent()) {
			throw new ImportConflictException("The same file was already imported by import " + imported.get().id()
					+ " (" + imported.get().state() + "); confirm with force=true to import it again");
		}
		ImportJob confirmed = dryRun.confirmed(this.clock.instant());
		if (!this.jobs.requeue(confirmed, dryRun.state())) {
			// It changed meanwhile (another confirm, say): decide again on what it is
			// now.
			find(id).confirmed(this.clock.instant());
			throw new ImportConflictException("Import " + id + " changed while it was being confirmed; try again");
		}
		log.info("Import {} confirmed: importing the validated dry run", id);
		this.runner.wake();
		return get(id);
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

	private static String filename(String name) {
		String plain = (name != null) ? name.replace('\\', '/') : "";
		// Control characters (terminal escapes, line breaks) would reach logs and
		// screens.
		plain = plain.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		plain = plain.substring(plain.lastIndexOf('/') + 1).strip();
		if (plain.isEmpty()) {
			return "upload.csv";
		}
		return (plain.length() > 255) ? plain.substring(0, 255) : plain;
	}

	ImportJobView view(ImportJob job) {
		Instant now = this.clock.instant();
		Integer position = (job.status() == ImportJobStatus.QUEUED) ? this.jobs.queuePosition(job) : null;
		Double rate = null;
		Long eta = null;
		int phaseRows = phaseRows(job);
		if (job.startedAt() != null) {
			Instant end = (job.finishedAt() != null) ? job.finishedAt() : now;
			double seconds = Math.max(Duration.between(job.startedAt(), end).toMillis(), 1) / 1000.0;
			rate = Math.round(job.processedRows() / seconds * 10) / 10.0;
			if (!job.status().finished() && !job.parked() && rate > 0 && phaseRows > 0) {
				eta = (long) Math.ceil(Math.max(phaseRows - job.processedRows(), 0) / rate);
			}
		}
		ImportJob.Waiting waiting = (job.status() == ImportJobStatus.PROCESSING) ? job.waiting() : null;
		return new ImportJobView(job.id(), job.filename(), job.sha256(), job.status(), job.phase(), job.dryRun(),
				job.notifyMode().value(), job.errorPolicy().value(), job.maxErrors().value(), job.encoding(),
				job.delimiter(), job.totalRows(), job.processedRows(), job.successRows(), job.failedRows(),
				job.orderCount(), job.failedOrderCount(),
				progress(job.status(), job.dryRun(), job.processedRows(), phaseRows), rate, eta, position,
				(waiting != null) ? waiting.reason() : null, (waiting != null) ? waiting.since() : null,
				(waiting != null) ? waiting.nextAttemptAt() : null, warnings(job), job.errorCode(), job.error(),
				job.createdBy(), job.createdAt(), job.startedAt(), job.finishedAt(), job.updatedAt());
	}

	/**
	 * The rows the current phase works through: all rows when validating, the valid ones
	 * when importing.
	 */
	private static int phaseRows(ImportJob job) {
		if (job.totalRows() == null) {
			return 0;
		}
		return (job.status() == ImportJobStatus.PROCESSING) ? Math.max(job.totalRows() - job.failedRows(), 0)
				: job.totalRows();
	}

	/**
	 * The contract's progress, a fraction (0…1) that only grows: a real import spends
	 * {@value #VALIDATION_SHARE} of it validating and the rest importing the valid rows;
	 * a dry run all of it validating. A running job never shows 1.
	 */
	static double progress(ImportJobStatus status, boolean dryRun, int processedRows, int phaseRows) {
		if (status.finished()) {
			return 1.0;
		}
		if (phaseRows == 0) {
			return 0.0;
		}
		double done = Math.min(1.0, (double) processedRows / phaseRows);
		double fraction;
		if (dryRun) {
			fraction = done;
		}
		else if (status == ImportJobStatus.PROCESSING) {
			fraction = VALIDATION_SHARE + (1 - VALIDATION_SHARE) * done;
		}
		else {
			fraction = VALIDATION_SHARE * done;
		}
		return Math.min(0.999, Math.floor(fraction * 1000) / 1000);
	}

	private static List<String> warnings(ImportJob job) {
		return (job.warnings() != null) ? Arrays.asList(job.warnings().split("\n")) : List.of();
	}

}

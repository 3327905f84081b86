package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.csv.ErrorsCsvWriter;
import com.orderplatform.order.bulkimport.file.csv.ResultsCsvWriter;
import com.orderplatform.order.bulkimport.file.csv.RowOutcome;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.staging.ImportStagingReads;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.LocalFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The CSV files a job offers, streamed from the stored file (a temporary local copy of it
 * with object storage, deleted once written) beside the staged rows and errors, in the
 * upload's encoding, delimiter and line endings: {@code errors.csv}, the failed rows as
 * uploaded with their errors, and {@code results.csv}, every row with its result and
 * order id.
 */
@Component
public class ImportDownloads {

	private static final Logger log = LoggerFactory.getLogger(ImportDownloads.class);

	private final ImportService imports;

	private final ImportStagingReads staging;

	private final ImportStore store;

	private final ImportProperties properties;

	ImportDownloads(ImportService imports, ImportStagingReads staging, ImportStore store, ImportProperties properties) {
		this.imports = imports;
		this.staging = staging;
		this.store = store;
		this.properties = properties;
	}

	/**
	 * A job's errors.csv, ready to stream.
	 *
	 * @param filename the download's name
	 * @param contentType {@code text/csv} with the upload's charset
	 * @param writer writes the file
	 */
	public record Download(String filename, String contentType, Writer writer) {
	}

	/** Writes a download. */
	@FunctionalInterface
	public interface Writer {

		/**
		 * Writes the file.
		 * @param out where to; closed when done
		 * @throws IOException when writing fails
		 */
		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * The failed rows of a validated or finished job.
	 * @param id the job's id
	 * @return the download
	 * @throws ImportConflictException while the job is still validating, or when its file
	 * was refused as a whole (it has no rows)
	 */
	public Download errorsCsv(String id) throws IOException {
		ImportJob job = this.imports.findWithRows(id);
		if (!job.state().ended() || job.state() == ImportJobState.CANCELLED || job.encoding() == null
				|| job.totalRows() == null) {
			throw new ImportConflictException("Import " + id + " has no errors.csv in state " + job.state()
					+ (job.error() != null ? " (" + job.error() + ")" : "")
					+ "; it is ready once the job is validated or finished");
		}
		LocalFile file = open(id);
		FileProfile profile = profile(job, file);
		return new Download(baseName(job) + "-errors.csv", "text/csv;charset=" + profile.charset().name(), out -> {
			try (file) {
				write(id, file.path(), profile, out);
			}
		});
	}

	/**
	 * Every row of a processed import with its result: {@code imported} with the order
	 * id, or {@code failed} with the errors.
	 * @param id the job's id
	 * @return the download
	 * @throws ImportConflictException unless the job is completed or completed with
	 * errors
	 */
	public Download resultsCsv(String id) throws IOException {
		ImportJob job = this.imports.findWithRows(id);
		if (job.state() != ImportJobState.COMPLETED && job.state() != ImportJobState.COMPLETED_WITH_ERRORS) {
			throw new ImportConflictException("Import " + id + " has no results.csv in state " + job.state()
					+ "; it is ready once the import is completed");
		}
		LocalFile file = open(id);
		FileProfile profile = profile(job, file);
		return new Download(baseName(job) + "-results.csv", "text/csv;charset=" + profile.charset().name(), out -> {
			try (file) {
				writeResults(id, file.path(), profile, out);
			}
		});
	}

	/**
	 * The job's file, or {@code STORAGE_UNAVAILABLE} when the store does not answer (a
	 * file retention deleted is a {@link NoSuchFileException}, as before).
	 */
	private LocalFile open(String id) throws IOException {
		try {
			return this.store.open(id);
		}
		catch (NoSuchFileException ex) {
			throw ex;
		}
		catch (IOException ex) {
			log.warn("Cannot read the file of import {}: {}", id, ex.getMessage());
			throw new ImportFileException(FileErrorCode.STORAGE_UNAVAILABLE,
					"The import's file cannot be read right now: the import storage did not answer. Try again in a"
							+ " minute.");
		}
	}

	/**
	 * The file's dialect; closes (deletes a temporary copy of) the file if that fails.
	 */
	private FileProfile profile(ImportJob job, LocalFile file) throws IOException {
		Charset encoding = (job.requestedEncoding() != null)
				? ImportFileInspector.encodingNamed(job.requestedEncoding()) : null;
		try {
			return new ImportFileInspector(this.properties.limits()).inspect(file.path(), encoding, job.reading());
		}
		catch (IOException | RuntimeException ex) {
			file.close();
			throw ex;
		}
	}

	private static String baseName(ImportJob job) {
		return job.filename().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
	}

	private void writeResults(String id, Path file, FileProfile profile, OutputStream out) throws IOException {
		StagedRowWindow window = new StagedRowWindow(this.staging, id, this.properties.chunkSize());
		try (ImportRowReader reader = ImportRowReader.open(file, profile, this.properties.limits());
				ResultsCsvWriter writer = ResultsCsvWriter.open(out, profile)) {
			for (ImportRow row : reader) {
				List<RowError> errors = window.errorsOf(row.rowNumber());
				ImportStagingReads.ImportedRow imported = window.importedOf(row.rowNumber());
				writer.write((imported != null)
						? RowOutcome.imported(row.rowNumber(), row.cells(), imported.orderId(), imported.notes())
						: RowOutcome.failed(row.rowNumber(), row.cells(), errors));
			}
		}
	}

	private void write(String id, Path file, FileProfile profile, OutputStream out) throws IOException {
		StagedRowWindow window = new StagedRowWindow(this.staging, id, this.properties.chunkSize());
		try (ImportRowReader reader = ImportRowReader.open(file, profile, this.properties.limits());
				ErrorsCsvWriter writer = ErrorsCsvWriter.open(out, profile)) {
			for (ImportRow row : reader) {
				List<RowError> errors = window.errorsOf(row.rowNumber());
				if (!errors.isEmpty()) {
					writer.write(row, errors);
				}
			}
		}
	}

}

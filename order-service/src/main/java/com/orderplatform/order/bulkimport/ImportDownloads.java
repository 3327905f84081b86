package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.ImportRowReader;
import com.orderplatform.order.bulkimport.file.csv.ErrorsCsvWriter;
import com.orderplatform.order.bulkimport.file.csv.ResultsCsvWriter;
import com.orderplatform.order.bulkimport.file.csv.RowOutcome;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.xlsx.ErrorsXlsxWriter;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.staging.ImportStagingReads;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.LocalFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The files a job offers, streamed from the stored file (a temporary local copy of it
 * with object storage, deleted once written) beside the staged rows and errors, in the
 * upload's encoding, delimiter and line endings (a workbook's: UTF-8 with BOM):
 * {@code errors.csv}, the failed rows as uploaded with their errors, {@code errors.xlsx}
 * the same as a workbook, and {@code results.csv}, every row with its result and order
 * id.
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

	/** A download ready to stream: its name, content type and how to write it. */
	public record Download(String filename, String contentType, Writer writer) {
	}

	/** Writes a download. */
	@FunctionalInterface
	public interface Writer {

		/** Writes the file to {@code out}, closing it when done. */
		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * The failed rows of a validated or finished job as errors.csv;
	 * {@link ImportConflictException} while it validates or when its file was refused.
	 */
	public Download errorsCsv(String id) throws IOException {
		Validated job = validated(id, "errors.csv");
		return new Download(baseName(job.job()) + "-errors.csv", "text/csv;charset=" + job.profile().charset().name(),
				out -> {
					try (LocalFile file = job.file();
							ErrorsCsvWriter writer = ErrorsCsvWriter.open(out, job.profile())) {
						writeFailed(id, file.path(), job.profile(), writer::write);
					}
				});
	}

	/**
	 * The failed rows as errors.xlsx, for a CSV or a workbook upload; refused as
	 * {@link #errorsCsv}.
	 */
	public Download errorsXlsx(String id) throws IOException {
		Validated job = validated(id, "errors.xlsx");
		return new Download(baseName(job.job()) + "-errors.xlsx", ErrorsXlsxWriter.CONTENT_TYPE, out -> {
			try (LocalFile file = job.file();
					ErrorsXlsxWriter writer = ErrorsXlsxWriter.open(out, job.profile().headerCells())) {
				writeFailed(id, file.path(), job.profile(), writer::write);
			}
			out.close(); // FastExcel finishes the workbook, the download's contract
							// closes the stream
		});
	}

	/** A job with its file and profile. */
	private record Validated(ImportJob job, LocalFile file, FileProfile profile) {
	}

	private Validated validated(String id, String download) throws IOException {
		ImportJob job = this.imports.findWithRows(id);
		if (!job.state().ended() || job.state() == ImportJobState.CANCELLED || job.encoding() == null
				|| job.totalRows() == null) {
			throw new ImportConflictException("Import " + id + " has no " + download + " in state " + job.state()
					+ (job.error() != null ? " (" + job.error() + ")" : "")
					+ "; it is ready once the job is validated or finished");
		}
		return opened(job);
	}

	/**
	 * Every row of a completed import with its result: {@code imported} with the order
	 * id, or {@code failed} with the errors; {@link ImportConflictException} before.
	 */
	public Download resultsCsv(String id) throws IOException {
		ImportJob found = this.imports.findWithRows(id);
		if (found.state() != ImportJobState.COMPLETED && found.state() != ImportJobState.COMPLETED_WITH_ERRORS) {
			throw new ImportConflictException("Import " + id + " has no results.csv in state " + found.state()
					+ "; it is ready once the import is completed");
		}
		Validated job = opened(found);
		return new Download(baseName(found) + "-results.csv", "text/csv;charset=" + job.profile().charset().name(),
				out -> {
					try (LocalFile file = job.file()) {
						writeResults(id, file.path(), job.profile(), out);
					}
				});
	}

	/**
	 * The job's file and dialect: {@code STORAGE_UNAVAILABLE} when the store does not
	 * answer (a deleted file is a {@link NoSuchFileException}); the file is closed (a
	 * temporary copy deleted) when it cannot be inspected.
	 */
	private Validated opened(ImportJob job) throws IOException {
		LocalFile file;
		try {
			file = this.store.open(job.id());
		}
		catch (NoSuchFileException ex) {
			throw ex;
		}
		catch (IOException ex) {
			log.warn("Cannot read the file of import {}: {}", job.id(), ex.getMessage());
			throw new ImportFileException(FileErrorCode.STORAGE_UNAVAILABLE,
					"The import's file cannot be read right now: the import storage did not answer. Try again in a"
							+ " minute.");
		}
		Charset encoding = ImportFileInspector.encodingNamed(job.requestedEncoding());
		try {
			return new Validated(job, file,
					new ImportFileInspector(this.properties.limits()).inspect(file.path(), encoding, job.reading()));
		}
		catch (IOException | RuntimeException ex) {
			file.close();
			throw ex;
		}
	}

	private static String baseName(ImportJob job) {
		return job.filename().replaceFirst("(?i)\\.(csv|tsv|txt|xlsx)$", "");
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

	private void writeFailed(String id, Path file, FileProfile profile, BiConsumer<ImportRow, List<RowError>> out)
			throws IOException {
		StagedRowWindow window = new StagedRowWindow(this.staging, id, this.properties.chunkSize());
		try (ImportRowReader reader = ImportRowReader.open(file, profile, this.properties.limits())) {
			for (ImportRow row : reader) {
				List<RowError> errors = window.errorsOf(row.rowNumber());
				if (!errors.isEmpty()) {
					out.accept(row, errors);
				}
			}
		}
	}

}

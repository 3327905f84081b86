package com.orderplatform.order.bulkimport.mapping;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.List;

import com.orderplatform.order.api.ImportColumnMatch;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.ImportMappingRequest;
import com.orderplatform.order.api.ImportMappingSpec;
import com.orderplatform.order.api.ImportMappingView;
import com.orderplatform.order.api.ImportPreviewRow;
import com.orderplatform.order.api.ImportTargetField;
import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportConflictException;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.ImportJobNotFoundException;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.ImportService;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.FileSample;
import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.MappedColumns;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.job.ImportRetention;
import com.orderplatform.order.bulkimport.job.run.ImportRunner;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.LocalFile;

import org.springframework.stereotype.Service;

/**
 * The mapping step of a job: its file's header, first rows and a suggested mapping
 * ({@link #view}), a mapping tried on those rows ({@link #preview},
 * {@link MappingPreviews}), and a mapping confirmed ({@link #map}): checked, optionally
 * saved as a profile, and the job queued to be read with it.
 */
@Service
public class ImportMappings {

	/** The most data rows shown and previewed. */
	static final int PREVIEW_ROWS = 20;

	private final ImportJobRepository jobs;

	private final ImportRetention retention;

	private final ImportStore store;

	private final ImportProperties properties;

	private final ImportProfiles profiles;

	private final ImportService imports;

	private final ImportRunner runner;

	private final Clock clock;

	ImportMappings(ImportJobRepository jobs, ImportRetention retention, ImportStore store, ImportProperties properties,
			ImportProfiles profiles, ImportService imports, ImportRunner runner, Clock clock) {
		this.jobs = jobs;
		this.retention = retention;
		this.store = store;
		this.properties = properties;
		this.profiles = profiles;
		this.imports = imports;
		this.runner = runner;
		this.clock = clock;
	}

	/**
	 * A job's header, first rows and the mapping to start from: the job's confirmed
	 * mapping, else its profile's, else a suggestion.
	 * @param id the job's id
	 * @return the view
	 */
	public ImportMappingView view(String id) throws IOException {
		ImportJob job = find(id);
		FileSample sample = sample(job, PREVIEW_ROWS);
		List<String> headers = sample.headerCells();
		MappingSuggester.Suggestion suggested = MappingSuggester.suggest(headers,
				sample.rows().stream().map(FileSample.Row::cells).toList());
		String profileName = job.reading().profile();
		ImportMappingSpec spec = (job.reading().mapping() != null) ? MappedColumns.parse(job.reading().mapping())
				: (profileName != null) ? this.profiles.find(profileName).map(ImportProfile::mapping).orElse(null)
						: null;
		List<ImportColumnMatch> matches = suggested.matches();
		if (spec != null && profileName != null) {
			matches = headers.stream().map(header -> matchOf(header.strip(), spec)).toList();
		}
		return new ImportMappingView(sample.headerRowNumber(), headers,
				sample.rows().stream().map(row -> new ImportPreviewRow(row.rowNumber(), row.cells())).toList(),
				(spec != null) ? spec : suggested.mapping(), matches, (spec != null) ? profileName : null, fields());
	}

	/**
	 * The first rows read with a mapping and validated as the import will.
	 * @param id the job's id
	 * @param spec the mapping to try
	 * @return the rows and the mapping's problems
	 */
	public com.orderplatform.order.api.ImportMappingPreview preview(String id, ImportMappingSpec spec)
			throws IOException {
		FileSample sample = sample(find(id), PREVIEW_ROWS);
		return MappingPreviews.preview(sample, spec);
	}

	/**
	 * Confirms a job's mapping: checked against the file's header, saved as a profile
	 * when asked, and the job queued.
	 * @param id the job's id
	 * @param request the mapping and the profile to save it as
	 * @param user who confirms
	 * @return the job, queued
	 * @throws ImportConflictException unless the job waits for its mapping
	 * @throws ImportFileException {@link FileErrorCode#MAPPING_INVALID} naming the
	 * problems
	 */
	public ImportJobView map(String id, ImportMappingRequest request, String user) throws IOException {
		ImportJob job = find(id);
		if (job.state() != ImportJobState.NEEDS_MAPPING) {
			throw new ImportConflictException("Import " + id + " is " + job.status().name().toLowerCase()
					+ "; only a job that waits for its columns to be mapped (needs_mapping) can be mapped");
		}
		String profileName = (request.saveAsProfile() != null) ? ImportProfiles.name(request.saveAsProfile()) : null;
		List<String> headers = sample(job, 0).headerCells();
		List<String> problems = MappingProblems.of(request.mapping(), headers);
		if (!problems.isEmpty()) {
			throw ImportProfiles.invalid(String.join(" ", problems));
		}
		FileReading reading = new FileReading(job.reading().format(), job.reading().sheet(), profileName,
				MappedColumns.json(request.mapping()));
		if (!this.jobs.requeue(job.mapped(reading, this.clock.instant()), ImportJobState.NEEDS_MAPPING)) {
			throw new ImportConflictException("Import " + id + " changed while its mapping was confirmed; reload it");
		}
		if (profileName != null) {
			this.profiles.save(profileName, headers, request.mapping(), user);
		}
		this.runner.wake();
		return this.imports.get(id);
	}

	private ImportJob find(String id) {
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
		this.retention.requireRows(job);
		return job;
	}

	private FileSample sample(ImportJob job, int rows) throws IOException {
		Charset encoding = ImportFileInspector.encodingNamed(job.requestedEncoding());
		try (LocalFile file = this.store.open(job.id())) {
			return new ImportFileInspector(this.properties.limits()).sample(file.path(), encoding,
					job.reading().sheet(), rows);
		}
		catch (NoSuchFileException ex) {
			throw new ImportConflictException("Import " + job.id() + " has no file any more; upload it again");
		}
		catch (IOException ex) {
			throw new ImportFileException(FileErrorCode.STORAGE_UNAVAILABLE,
					"The import's file cannot be read right now: the import storage did not answer. Try again in a"
							+ " minute.");
		}
	}

	private static ImportColumnMatch matchOf(String header, ImportMappingSpec spec) {
		return spec.fields()
			.entrySet()
			.stream()
			.filter(field -> field.getValue().headers() != null && field.getValue().headers().contains(header))
			.findFirst()
			.map(field -> new ImportColumnMatch(header, field.getKey(), "profile", 1.0))
			.orElse(new ImportColumnMatch(header, null, "none", 0.0));
	}

	static List<ImportTargetField> fields() {
		return java.util.Arrays.stream(ImportColumn.values())
			.map(column -> new ImportTargetField(column.headerName(), column.japaneseName(), column.required()))
			.toList();
	}

}

package com.orderplatform.order.bulkimport.mapping;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.FileReading;
import com.orderplatform.order.bulkimport.file.ImportFileInspector;
import com.orderplatform.order.bulkimport.file.ImportLimits;
import com.orderplatform.order.bulkimport.file.MappedColumns;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import com.orderplatform.order.bulkimport.job.ImportOptions;

import org.springframework.stereotype.Component;

/**
 * How an upload's file will be read: by its own header when it names the required
 * columns; else by the profile the upload names ({@code profile=NAME}) or the profile
 * made for its header set; else the job waits for its columns to be mapped
 * ({@code needs_mapping}). Every way, the file must pass the whole-file checks (size,
 * encoding, a header, a data row) first.
 */
@Component
public class UploadMappings {

	/** A mapping with no fields: reads no column, so only the whole-file checks apply. */
	private static final String NOTHING_MAPPED = "{\"fields\":{},\"ignored\":[]}";

	private final ImportProfiles profiles;

	UploadMappings(ImportProfiles profiles) {
		this.profiles = profiles;
	}

	/**
	 * How a new job reads its file.
	 *
	 * @param reading its format, sheet, profile and mapping
	 * @param needsMapping whether a user must map its columns first
	 */
	public record Decision(FileReading reading, boolean needsMapping) {
	}

	/**
	 * Inspects an uploaded file and decides how it is read; deletes the file when it is
	 * refused.
	 * @param received the received file
	 * @param encoding the encoding asked for, {@code null} to detect it
	 * @param options the upload's options (sheet, profile)
	 * @param limits the import's limits
	 * @return the decision
	 * @throws ImportFileException when the file is refused as a whole, or
	 * {@link FileErrorCode#PROFILE_NOT_FOUND} for an unknown profile
	 * @throws IOException when the file cannot be read
	 */
	public Decision decide(ImportFiles.Upload received, Charset encoding, ImportOptions options, ImportLimits limits)
			throws IOException {
		try {
			return decide(received.file(), encoding, options, limits);
		}
		catch (ImportFileException | IOException ex) {
			ImportFiles.discard(received);
			throw ex;
		}
	}

	private Decision decide(Path file, Charset encoding, ImportOptions options, ImportLimits limits)
			throws IOException {
		ImportFileInspector inspector = new ImportFileInspector(limits);
		if (options.profile() != null) {
			ImportProfile profile = this.profiles.find(options.profile())
				.orElseThrow(() -> new ImportFileException(FileErrorCode.PROFILE_NOT_FOUND,
						"There is no column mapping profile named \"" + options.profile()
								+ "\". Choose one of the saved profiles, or upload without a profile to map the"
								+ " columns."));
			return withProfile(inspector, file, encoding, options, profile);
		}
		try {
			FileProfile profile = inspector.inspect(file, encoding, reading(null, options, null, null));
			return new Decision(reading(null, options, null, profile), false);
		}
		catch (ImportFileException ex) {
			if (ex.getCode() != FileErrorCode.MISSING_COLUMNS && ex.getCode() != FileErrorCode.NO_HEADER) {
				throw ex;
			}
		}
		List<String> header = inspector.sample(file, encoding, options.sheet(), 0).headerCells();
		ImportProfile recognised = this.profiles.recognise(header).orElse(null);
		if (recognised != null && MappingProblems.of(recognised.mapping(), header).isEmpty()) {
			return withProfile(inspector, file, encoding, options, recognised);
		}
		return needsMapping(inspector, file, encoding, options, null);
	}

	/**
	 * A profile applied; when the file lacks headers its mapping reads, the job waits for
	 * a user with the profile's mapping as the suggestion.
	 */
	private Decision withProfile(ImportFileInspector inspector, Path file, Charset encoding, ImportOptions options,
			ImportProfile profile) throws IOException {
		List<String> header = inspector.sample(file, encoding, options.sheet(), 0).headerCells();
		if (!MappingProblems.of(profile.mapping(), header).isEmpty()) {
			return needsMapping(inspector, file, encoding, options, profile.name());
		}
		String mapping = MappedColumns.json(profile.mapping());
		FileProfile inspected = inspector.inspect(file, encoding, reading(profile.name(), options, mapping, null));
		return new Decision(reading(profile.name(), options, mapping, inspected), false);
	}

	private static Decision needsMapping(ImportFileInspector inspector, Path file, Charset encoding,
			ImportOptions options, String profile) throws IOException {
		FileProfile inspected = inspector.inspect(file, encoding, reading(null, options, NOTHING_MAPPED, null));
		return new Decision(reading(profile, options, null, inspected), true);
	}

	/**
	 * How the file is read: before it is inspected, the sheet asked for; after, the
	 * format and sheet the inspector found (a workbook's first visible sheet when none
	 * was asked for).
	 */
	private static FileReading reading(String profile, ImportOptions options, String mapping, FileProfile inspected) {
		return (inspected != null) ? new FileReading(inspected.format(), inspected.sheet(), profile, mapping)
				: new FileReading(FileProfile.CSV, options.sheet(), profile, mapping);
	}

}

package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.xlsx.WorkbookGuard;
import com.orderplatform.order.bulkimport.file.xlsx.Workbooks;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Looks at an uploaded file before any row is imported and either describes it (a
 * {@link FileProfile}) or refuses it with an {@link ImportFileException}: too large,
 * empty, binary, a workbook, an unreadable encoding, no header, missing columns, no data
 * rows. Streams the file (the encoding check decodes all of it); memory does not grow
 * with it. An Excel workbook (a ZIP archive) is inspected by {@link Workbooks}, an old or
 * encrypted one refused.
 */
public final class ImportFileInspector {

	private static final char[] DELIMITERS = { ',', '\t', ';' };

	private final ImportLimits limits;

	/**
	 * Creates an inspector.
	 * @param limits the file size limit it checks
	 */
	public ImportFileInspector(ImportLimits limits) {
		this.limits = limits;
	}

	/**
	 * Inspects a file, detecting its encoding, as
	 * {@link #inspect(Path, Charset, FileReading)}.
	 */
	public FileProfile inspect(Path file) throws IOException {
		return inspect(file, null);
	}

	/**
	 * Inspects a file in an encoding, as {@link #inspect(Path, Charset, FileReading)}.
	 */
	public FileProfile inspect(Path file, Charset encoding) throws IOException {
		return inspect(file, encoding, FileReading.CSV);
	}

	/**
	 * Inspects a file as a job reads it: the sheet it names and the columns mapped by its
	 * mapping ({@link ColumnMapping#forReading}).
	 * @param file the uploaded file
	 * @param encoding UTF-8 or windows-31j ({@link #encodingNamed}), {@code null} to
	 * detect it (a UTF-8 byte order mark still means UTF-8); a workbook has none
	 * @param reading how the job reads its file
	 * @return its profile
	 * @throws ImportFileException when the file is refused as a whole
	 * @throws IOException when it cannot be read
	 */
	public FileProfile inspect(Path file, Charset encoding, FileReading reading) throws IOException {
		long size = Files.size(file);
		if (size > this.limits.maxFileBytes()) {
			throw new ImportFileException(FileErrorCode.FILE_TOO_LARGE, "The file is " + size(size) + " but at most "
					+ size(this.limits.maxFileBytes()) + " can be imported at once. Split it into smaller files.");
		}
		if (size == 0) {
			throw emptyFile();
		}
		if (encoding != null && !StandardCharsets.UTF_8.equals(encoding) && !FileProfile.WINDOWS_31J.equals(encoding)) {
			throw unsupported(encoding.name());
		}
		FileProfile profile = WorkbookGuard.isZip(file) ? Workbooks.inspect(file, reading) : null;
		if (profile == null) {
			WorkbookGuard.refuseOle2(file);
			EncodingDetector.Encoding detected = EncodingDetector.detect(file, encoding);
			Header header = findHeader(file, detected);
			profile = new FileProfile(detected.charset(), detected.bom(), header.delimiter(),
					CsvRecords.lineEnding(file, detected), header.rowNumber(), header.cells(),
					ColumnMapping.forReading(header.cells(), reading));
		}
		requireDataRow(file, profile);
		return profile;
	}

	/**
	 * The encoding asked for by name ({@code UTF-8}, {@code Shift_JIS}, {@code CP932} …,
	 * any case): UTF-8 or windows-31j (reads every Shift_JIS file), {@code null} (detect)
	 * for none; {@code UNSUPPORTED_ENCODING} for any other.
	 */
	public static Charset encodingNamed(String name) {
		String key = (name != null) ? name.strip().toLowerCase(Locale.ROOT).replace('_', '-') : "";
		return switch (key) {
			case "" -> null;
			case "utf-8", "utf8", "utf-8-sig" -> StandardCharsets.UTF_8;
			case "shift-jis", "sjis", "cp932", "ms932", "windows-31j" -> FileProfile.WINDOWS_31J;
			default -> throw unsupported(name);
		};
	}

	/**
	 * The header and first data rows of a file (at most {@code maxRows}), for a user to
	 * map its columns; refused as by {@link #inspect} but for its columns. The encoding
	 * as for {@link #inspect(Path, Charset)}; the workbook sheet {@code null} for the
	 * first.
	 * @throws ImportFileException when the file is refused as a whole
	 */
	public FileSample sample(Path file, Charset encoding, String sheet, int maxRows) throws IOException {
		if (WorkbookGuard.isZip(file)) {
			return Workbooks.sample(file, sheet, maxRows);
		}
		WorkbookGuard.refuseOle2(file);
		EncodingDetector.Encoding detected = EncodingDetector.detect(file, encoding);
		Header header = findHeader(file, detected);
		return FileSample.read(file, detected, header.delimiter(), header.rowNumber(), header.cells(), maxRows);
	}

	private record Header(char delimiter, int rowNumber, List<String> cells, int recognised) {
	}

	/**
	 * Tries each delimiter on the first row: most columns named wins, then most cells. A
	 * file in which any delimiter finds only empty cells holds no data at all.
	 */
	private Header findHeader(Path file, EncodingDetector.Encoding encoding) throws IOException {
		Header best = null;
		for (char delimiter : DELIMITERS) {
			Header candidate = firstRow(file, encoding, delimiter);
			if (candidate != null && (best == null || candidate.recognised() > best.recognised()
					|| (candidate.recognised() == best.recognised()
							&& candidate.cells().size() > best.cells().size()))) {
				best = candidate;
			}
		}
		if (best == null) {
			throw new ImportFileException(FileErrorCode.NO_HEADER,
					"The first row cannot be read as a header with a comma, tab or semicolon between the column names."
							+ " Add the header row from the template above the data.");
		}
		return best;
	}

	/**
	 * The first non-blank row split at the delimiter, {@code null} when its quoting does
	 * not fit.
	 */
	private Header firstRow(Path file, EncodingDetector.Encoding encoding, char delimiter) throws IOException {
		try (CsvReader<CsvRecord> records = CsvRecords.open(file, encoding.charset(), encoding.bom(), delimiter)) {
			int rowNumber = 0;
			for (CsvRecord record : records) {
				rowNumber++;
				if (!CsvRecords.isBlank(record.getFields())) {
					List<String> cells = record.getFields();
					int recognised = (int) cells.stream().filter(cell -> ImportColumn.named(cell).isPresent()).count();
					return new Header(delimiter, rowNumber, cells, recognised);
				}
			}
			throw emptyFile();
		}
		catch (CsvParseException ex) {
			// This delimiter does not fit the file's quoting; another one will.
			return null;
		}
	}

	private void requireDataRow(Path file, FileProfile profile) throws IOException {
		try (ImportRowReader rows = ImportRowReader.open(file, profile, this.limits)) {
			if (!rows.iterator().hasNext()) {
				throw new ImportFileException(FileErrorCode.NO_DATA_ROWS,
						"The file has a header (row " + profile.headerRowNumber()
								+ ") but no data rows. Add one row per order line below the header, starting in row "
								+ (profile.headerRowNumber() + 1) + ".");
			}
		}
	}

	private static ImportFileException unsupported(String name) {
		return new ImportFileException(FileErrorCode.UNSUPPORTED_ENCODING, "The encoding \"" + name
				+ "\" is not supported; choose UTF-8 or Shift_JIS (read as Windows-31J), or leave it empty to detect it.");
	}

	private static ImportFileException emptyFile() {
		return new ImportFileException(FileErrorCode.EMPTY_FILE,
				"The file is empty. Upload a CSV file with a header row and one row per order line;"
						+ " the template shows the format.");
	}

	/** A size as shown to a user. */
	public static String size(long bytes) {
		return (bytes < 1024 * 1024) ? String.format(Locale.ROOT, "%,d bytes", bytes)
				: String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
	}

}

package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.csv.LineEnding;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * Opens a file as FastCSV records in the import's dialect. Every physical record is
 * returned, blank lines too (as records without cells), so counting records counts rows
 * as a spreadsheet shows them; a line break inside quotes stays inside its record.
 */
public final class CsvRecords {

	private static final int LINE_ENDING_SEARCH_LIMIT = 1024 * 1024;

	/** The UTF-8 byte order mark. */
	public static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final Pattern FASTCSV_LINE_SUFFIX = Pattern.compile("\\s*\\(record starting at line \\d+\\)\\s*$");

	private CsvRecords() {
	}

	/**
	 * Opens the file, skipping a byte order mark, decoding strictly (an undecodable byte
	 * is an error, never a replacement character).
	 */
	static CsvReader<CsvRecord> open(Path file, Charset charset, boolean bom, char delimiter) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			if (bom) {
				in.skipNBytes(UTF8_BOM.length);
			}
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		InputStreamReader reader = new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT));
		return CsvReader.builder()
			.fieldSeparator(delimiter)
			.quoteCharacter('"')
			.commentStrategy(CommentStrategy.NONE)
			.skipEmptyLines(false)
			.extraFieldStrategy(FieldMismatchStrategy.IGNORE)
			.missingFieldStrategy(FieldMismatchStrategy.IGNORE)
			.allowUnclosedQuote(false)
			.allowExtraCharsAfterClosingQuote(false)
			.detectBomHeader(false)
			.ofCsvRecord(reader);
	}

	/** Whether a row has no content: no cells, or only empty and blank ones. */
	static boolean isBlank(List<String> cells) {
		for (String cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The file-level rejection for a record FastCSV could not parse. */
	static ImportFileException malformed(int rowNumber, CsvParseException ex) {
		String detail = FASTCSV_LINE_SUFFIX.matcher(String.valueOf(ex.getMessage())).replaceFirst("");
		return new ImportFileException(FileErrorCode.MALFORMED_CSV, "Row " + rowNumber + " cannot be read (" + detail
				+ "). A cell that holds the delimiter, a double quote or a line break must be enclosed in double quotes,"
				+ " with each double quote inside it doubled (\"\"), and nothing may follow the closing quote;"
				+ " check the quotes in row " + rowNumber + " and the rows before it.");
	}

	/**
	 * The file-level rejection for bytes that do not decode, or the I/O failure as it is.
	 */
	static RuntimeException readFailure(int rowNumber, UncheckedIOException ex, String encodingLabel) {
		if (ex.getCause() instanceof CharacterCodingException) {
			return new ImportFileException(FileErrorCode.UNREADABLE_ENCODING,
					"Row " + rowNumber + " holds bytes that are not valid " + encodingLabel
							+ ". Save the file again as CSV UTF-8 and upload it again.");
		}
		return ex;
	}

	/** How the first row ends: the first CR or LF outside double quotes. */
	static LineEnding lineEnding(Path file, EncodingDetector.Encoding encoding) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			if (encoding.bom()) {
				in.skipNBytes(CsvRecords.UTF8_BOM.length);
			}
			Reader reader = new InputStreamReader(in, encoding.charset());
			boolean quoted = false;
			for (int read = 0; read < LINE_ENDING_SEARCH_LIMIT; read++) {
				int c = reader.read();
				if (c < 0) {
					break;
				}
				if (c == '"') {
					quoted = !quoted;
				}
				else if (!quoted && c == '\n') {
					return LineEnding.LF;
				}
				else if (!quoted && c == '\r') {
					return (reader.read() == '\n') ? LineEnding.CRLF : LineEnding.CR;
				}
			}
			return LineEnding.CRLF;
		}
	}

}

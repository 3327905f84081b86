package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.orderplatform.order.bulkimport.file.CsvFixtures.CP932;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.CRLF;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.HEADER;
import static com.orderplatform.order.bulkimport.file.CsvFixtures.LF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every reason a file is refused as a whole, with its code and message. */
class ImportFileRejectionTests {

	private static final String ROW = "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,";

	@TempDir
	Path dir;

	@Test
	void rejectsAFileAboveTheSizeLimit() {
		Path file = CsvFixtures.file(this.dir, "big.csv", new byte[1001]);

		assertRejected(() -> new ImportFileInspector(new ImportLimits(1000, 10)).inspect(file),
				FileErrorCode.FILE_TOO_LARGE,
				"The file is 1,001 bytes but at most 1,000 bytes can be imported at once. Split it into smaller files.");
	}

	@Test
	void acceptsAFileOfExactlyTheSizeLimit() throws IOException {
		Path file = CsvFixtures.utf8(this.dir, HEADER, ROW);
		long size = CsvFixtures.read(file).length;

		FileProfile profile = new ImportFileInspector(new ImportLimits(size, 10)).inspect(file);

		assertThat(profile.headerCells()).hasSize(7);
	}

	@Test
	void rejectsAnEmptyFile() {
		assertRejected(inspecting(CsvFixtures.file(this.dir, "empty.csv", new byte[0])), FileErrorCode.EMPTY_FILE,
				"The file is empty. Upload a CSV file with a header row and one row per order line;"
						+ " the template shows the format.");
	}

	@Test
	void rejectsAFileOfNothingButAByteOrderMark() {
		assertRejected(inspecting(CsvFixtures.file(this.dir, "bom.csv", CsvRecords.UTF8_BOM)),
				FileErrorCode.EMPTY_FILE);
	}

	@Test
	void rejectsAFileOfBlankLinesAndEmptyCells() {
		assertRejected(
				inspecting(CsvFixtures.file(this.dir, "blank.csv",
						CsvFixtures.bytes(StandardCharsets.UTF_8, false, CRLF, "", ",,,,,,", "  ", ""))),
				FileErrorCode.EMPTY_FILE);
	}

	@Test
	void rejectsBinaryDataWithNulBytes() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R' };

		assertRejected(inspecting(CsvFixtures.file(this.dir, "image.csv", png)), FileErrorCode.NOT_TEXT,
				"The file holds binary data (NUL bytes), so it is not a CSV text file."
						+ " Export the orders from your spreadsheet as CSV and upload that file.");
	}

	@Test
	void rejectsANulByteDeepInsideOtherwiseValidText() {
		byte[] text = CsvFixtures.bytes(StandardCharsets.UTF_8, false, LF, HEADER, ROW, ROW + "\0");

		assertRejected(inspecting(CsvFixtures.file(this.dir, "nul.csv", text)), FileErrorCode.NOT_TEXT);
	}

	@Test
	void rejectsABrokenXlsxWorkbook() {
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 };

		assertRejected(inspecting(CsvFixtures.file(this.dir, "orders.xlsx", zip)), FileErrorCode.UNREADABLE_WORKBOOK);
	}

	@Test
	void rejectsAnOldXlsWorkbook() {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 };

		assertRejected(inspecting(CsvFixtures.file(this.dir, "orders.xls", ole2)), FileErrorCode.XLS_WORKBOOK);
	}

	@Test
	void rejectsBytesThatAreNeitherUtf8NorWindows31j() {
		byte[] text = CsvFixtures.bytes(StandardCharsets.UTF_8, false, CRLF, HEADER, ROW, "a@example.co.jp,\u0080");
		text[text.length - 4] = (byte) 0x80;
		text[text.length - 3] = (byte) 0x80;

		assertRejected(inspecting(CsvFixtures.file(this.dir, "broken.csv", text)), FileErrorCode.UNREADABLE_ENCODING,
				"The file is neither UTF-8 nor Windows-31J (Shift_JIS): line 3 holds bytes that cannot be read."
						+ " In Excel choose Save As and the file type \"CSV UTF-8 (comma delimited)\""
						+ " (or \"CSV (comma delimited)\" on Japanese Windows), then upload that file.");
	}

	@Test
	void rejectsAByteOrderMarkFollowedByBytesThatAreNotUtf8() {
		byte[] text = CsvFixtures.bytes(CP932, true, CRLF, HEADER, "a@example.co.jp,髙橋一郎,ノートPC,1,89800,JPY,");

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(inspecting(CsvFixtures.file(this.dir, "mixed.csv", text)))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.UNREADABLE_ENCODING))
			.withMessageStartingWith(
					"The file starts with a UTF-8 byte order mark but is not valid UTF-8: line 2 holds bytes");
	}

	@Test
	void rejectsUtf16AsExcelsUnicodeTextWritesIt() {
		byte[] text = CsvFixtures.bytes(StandardCharsets.UTF_16LE, false, CRLF, HEADER.replace(',', '\t'));
		byte[] withBom = new byte[text.length + 2];
		withBom[0] = (byte) 0xFF;
		withBom[1] = (byte) 0xFE;
		System.arraycopy(text, 0, withBom, 2, text.length);

		assertRejected(inspecting(CsvFixtures.file(this.dir, "unicode.txt", withBom)),
				FileErrorCode.UNREADABLE_ENCODING,
				"The file is UTF-16 (Excel's \"Unicode Text\"), which the import does not read."
						+ " In Excel choose Save As and the file type \"CSV UTF-8 (comma delimited)\","
						+ " then upload that file.");
	}

	@Test
	void rejectsAWindows31jFileReadAsUtf8WhenUtf8WasAskedFor() {
		Path file = CsvFixtures.file(this.dir, "sjis.csv",
				CsvFixtures.bytes(CP932, false, CRLF, HEADER, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,"));

		assertThatExceptionOfType(ImportFileException.class)
			.isThrownBy(() -> new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, StandardCharsets.UTF_8))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.UNREADABLE_ENCODING))
			.withMessageStartingWith("The file is not valid UTF-8 as was asked for: line 2 holds bytes");
	}

	@Test
	void rejectsAnEncodingOtherThanUtf8AndShiftJis() {
		assertRejected(() -> ImportFileInspector.encodingNamed("EUC-JP"), FileErrorCode.UNSUPPORTED_ENCODING,
				"The encoding \"EUC-JP\" is not supported; choose UTF-8 or Shift_JIS (read as Windows-31J),"
						+ " or leave it empty to detect it.");
	}

	@Test
	void rejectsAnEncodingOtherThanUtf8AndWindows31jGivenAsACharset() {
		Path file = CsvFixtures.utf8(this.dir, HEADER, ROW);

		assertRejected(() -> new ImportFileInspector(ImportLimits.DEFAULTS).inspect(file, StandardCharsets.ISO_8859_1),
				FileErrorCode.UNSUPPORTED_ENCODING,
				"The encoding \"ISO-8859-1\" is not supported; choose UTF-8 or Shift_JIS (read as Windows-31J),"
						+ " or leave it empty to detect it.");
	}

	@Test
	void rejectsAFileWhoseFirstRowIsData() {
		assertRejected(inspecting(CsvFixtures.utf8(this.dir, ROW, ROW)), FileErrorCode.NO_HEADER,
				"The first row must be a header naming the columns (customer_email (メールアドレス),"
						+ " customer_name (顧客名), product_name (商品名), quantity (数量), unit_price (単価))"
						+ " but it names none of them: \"a@example.co.jp\", \"田中太郎\", \"ノートPC\", \"1\","
						+ " \"89800\", \"JPY\", \"\". Add the header row from the template above the data.");
	}

	@Test
	void rejectsAHeaderWithoutRequiredColumnsNamingThem() {
		Path file = CsvFixtures.utf8(this.dir, "customer_email,顧客名,product_name,currency",
				"a@example.co.jp,田中太郎,ノートPC,JPY");

		assertRejected(inspecting(file), FileErrorCode.MISSING_COLUMNS,
				"The header lacks the required columns quantity (数量), unit_price (単価)."
						+ " Add them to the header row (any order).");
	}

	@Test
	void rejectsAHeaderMissingOneRequiredColumn() {
		Path file = CsvFixtures.utf8(this.dir, "customer_email,customer_name,product_name,quantity",
				"a@example.co.jp,田中太郎,ノートPC,1");

		assertRejected(inspecting(file), FileErrorCode.MISSING_COLUMNS,
				"The header lacks the required column unit_price (単価). Add it to the header row (any order).");
	}

	@Test
	void rejectsTwoHeaderCellsNamingTheSameColumn() {
		Path file = CsvFixtures.utf8(this.dir, HEADER + ",数量", ROW + ",2");

		assertRejected(inspecting(file), FileErrorCode.DUPLICATE_COLUMNS,
				"Header cells 4 (\"quantity\") and 8 (\"数量\") both name the column quantity (数量)."
						+ " Remove or rename one of them.");
	}

	@Test
	void rejectsAHeaderWithoutDataRows() {
		assertRejected(inspecting(CsvFixtures.utf8(this.dir, HEADER)), FileErrorCode.NO_DATA_ROWS,
				"The file has a header (row 1) but no data rows."
						+ " Add one row per order line below the header, starting in row 2.");
	}

	@Test
	void rejectsAHeaderFollowedOnlyByBlankRows() {
		assertRejected(inspecting(CsvFixtures.utf8(this.dir, HEADER, "", ",,,,,,", "")), FileErrorCode.NO_DATA_ROWS);
	}

	@Test
	void rejectsTooManyRowsWhileReadingAfterTheRowsWithinTheLimit() throws IOException {
		ImportLimits limits = new ImportLimits(1024, 3);
		Path file = CsvFixtures.utf8(this.dir, HEADER, ROW, ROW, "", ROW, ROW);
		FileProfile profile = new ImportFileInspector(limits).inspect(file);
		List<Integer> read = new ArrayList<>();

		try (ImportRowReader reader = ImportRowReader.open(file, profile, limits)) {
			Iterator<ImportRow> rows = reader.iterator();
			assertRejected(() -> rows.forEachRemaining(row -> read.add(row.rowNumber())), FileErrorCode.TOO_MANY_ROWS,
					"The file has more than 3 data rows (row 6 is data row 4). Split it into files of at most 3 data rows each.");
		}
		assertThat(read).containsExactly(2, 3, 5);
	}

	@Test
	void rejectsAQuotedCellThatIsNeverClosedNamingItsRow() {
		Path file = CsvFixtures.utf8(this.dir, HEADER, ROW, "b@example.co.jp,鈴木花子,\"マウス,1,3500,JPY,", ROW);

		assertRejected(() -> CsvFixtures.rows(file), FileErrorCode.MALFORMED_CSV,
				"Row 3 cannot be read (Unclosed quoted field at end of input)."
						+ " A cell that holds the delimiter, a double quote or a line break must be enclosed in"
						+ " double quotes, with each double quote inside it doubled (\"\"), and nothing may follow"
						+ " the closing quote; check the quotes in row 3 and the rows before it.");
	}

	@Test
	void rejectsTextAfterAClosingQuoteNamingItsRowAfterAQuotedLineBreak() {
		Path file = CsvFixtures.utf8(this.dir, HEADER, "a@example.co.jp,田中太郎,ノートPC,1,89800,JPY,\"2行\nの備考\"",
				"b@example.co.jp,鈴木花子,\"マウス\" 黒,1,3500,JPY,");

		assertThatExceptionOfType(ImportFileException.class).isThrownBy(() -> CsvFixtures.rows(file))
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(FileErrorCode.MALFORMED_CSV))
			.withMessageStartingWith("Row 3 cannot be read (Unexpected character after closing quote: ' ' (0x20)).");
	}

	private ThrowingCallable inspecting(Path file) {
		return () -> CsvFixtures.inspect(file);
	}

	private static void assertRejected(ThrowingCallable call, FileErrorCode code) {
		assertThatExceptionOfType(ImportFileException.class).isThrownBy(call)
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(code));
	}

	private static void assertRejected(ThrowingCallable call, FileErrorCode code, String message) {
		assertThatExceptionOfType(ImportFileException.class).isThrownBy(call)
			.satisfies(ex -> assertThat(ex.getCode()).isEqualTo(code))
			.withMessage(message);
	}

}

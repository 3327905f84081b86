package com.orderplatform.order.bulkimport.file.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.CsvRecords;
import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.validation.CellValues;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.csv.FormulaPieces;
import com.orderplatform.order.csv.LineEnding;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * errors.csv, results.csv and the template written by the real writers in every dialect
 * (comma, semicolon, tab; UTF-8 with and without a byte order mark, Windows-31J; CRLF,
 * LF) from hostile rows: split on {@code ,}, {@code ;}, tab, CR or LF, no piece of any
 * line starts a formula, and errors.csv uploaded again reads as the values first
 * uploaded.
 */
class DialectCsvWriterTests {

	private static final List<String> HEADER = List.of("customer_email", "customer_name", "product_name", "quantity",
			"unit_price", "currency", "notes", "order_ref");

	/** Two rows that import, then two that fail (rows 4 and 5). */
	private static final List<List<String>> HOSTILE_ROWS = List.of(
			List.of("a1@example.co.jp", "=HYPERLINK(\"http://evil.example/\")", "@SUM(A1)", "1", "1000", "JPY",
					"3階受付\n=1+2", ""),
			List.of("a2@example.co.jp", "田中,=cmd|' /C calc'!A0", "ノート;+1", "2", "1,200", "JPY", "x\t-1\r\n@y",
					"-PO;=1"),
			List.of("=1+2@example.co.jp", "＝１＋２", "＋81 \"=x\"", "-5", "=1+2", "－", "'=already guarded", ""),
			List.of("b@example.co.jp", "\t\t=x", ",;\t\"=", "0", "100", "JPY", "a,'=1\r-2", "＠"));

	@TempDir
	Path dir;

	record Dialect(char delimiter, Charset charset, boolean bom, LineEnding ending) {

		@Override
		public String toString() {
			return "'" + this.delimiter + "' " + this.charset + (this.bom ? " BOM " : " ") + this.ending;
		}

	}

	static Stream<Dialect> dialects() {
		List<Dialect> dialects = new ArrayList<>();
		for (char delimiter : new char[] { ',', ';', '\t' }) {
			for (LineEnding ending : List.of(LineEnding.CRLF, LineEnding.LF)) {
				dialects.add(new Dialect(delimiter, StandardCharsets.UTF_8, false, ending));
				dialects.add(new Dialect(delimiter, StandardCharsets.UTF_8, true, ending));
				dialects.add(new Dialect(delimiter, FileProfile.WINDOWS_31J, false, ending));
			}
		}
		return dialects.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dialects")
	void writesNoPieceThatStartsAFormulaAndErrorsCsvReadsBackAsUploaded(Dialect dialect) {
		// given an upload in the dialect
		Path upload = CsvFixtures.file(this.dir, "upload.csv", upload(dialect));
		FileProfile profile = CsvFixtures.inspect(upload);
		assertThat(List.of(profile.delimiter(), profile.charset(), profile.bom(), profile.lineEnding()))
			.containsExactly(dialect.delimiter(), dialect.charset(), dialect.bom(), dialect.ending());

		// when
		Path errors = ImportReports.errorsCsv(upload);
		Path results = ImportReports.resultsCsv(upload);

		// then
		assertThat(FormulaPieces.inFile(text(errors, dialect))).isEmpty();
		assertThat(FormulaPieces.inFile(text(results, dialect))).isEmpty();
		assertThat(CsvFixtures.rows(results)).extracting(row -> row.cells().get(1))
			.containsExactly("imported", "imported", "failed", "failed");
		List<ImportRow> uploaded = CsvFixtures.rows(upload);
		List<ImportRow> sentBack = CsvFixtures.rows(errors);
		assertThat(sentBack).hasSize(2);
		for (int i = 0; i < 2; i++) {
			assertThat(values(sentBack.get(i))).isEqualTo(values(uploaded.get(i + 2)));
			assertThat(codes(sentBack.get(i))).isEqualTo(codes(uploaded.get(i + 2)));
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(TemplateCsv.Language.class)
	void writesATemplateWithoutAPieceThatStartsAFormula(TemplateCsv.Language language) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TemplateCsv.write(out, language);

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").hasLineCount(3);
		assertThat(FormulaPieces.inFile(text.substring(1))).isEmpty();
	}

	private static byte[] upload(Dialect dialect) {
		StringWriter text = new StringWriter();
		try (CsvWriter csv = CsvWriter.builder()
			.fieldSeparator(dialect.delimiter())
			.lineDelimiter((dialect.ending() == LineEnding.CRLF) ? LineDelimiter.CRLF : LineDelimiter.LF)
			.build(text)) {
			csv.writeRecord(HEADER);
			HOSTILE_ROWS.forEach(csv::writeRecord);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (dialect.bom()) {
			bytes.writeBytes(CsvRecords.UTF8_BOM);
		}
		bytes.writeBytes(text.toString().getBytes(dialect.charset()));
		return bytes.toByteArray();
	}

	/** The file as text, without its byte order mark. */
	private static String text(Path file, Dialect dialect) {
		try {
			String text = Files.readString(file, dialect.charset());
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every column's value as the validator takes it. */
	private static List<String> values(ImportRow row) {
		return Stream.of(ImportColumn.values()).map(column -> CellValues.text(row.value(column))).toList();
	}

	private static List<RowErrorCode> codes(ImportRow row) {
		return ImportRowValidator.validate(row).errors().stream().map(RowError::code).toList();
	}

}

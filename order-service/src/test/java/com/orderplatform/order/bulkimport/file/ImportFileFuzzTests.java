package com.orderplatform.order.bulkimport.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.orderplatform.order.bulkimport.FileErrorCode;
import com.orderplatform.order.bulkimport.ImportFileException;
import com.orderplatform.order.bulkimport.file.validation.ImportRowValidator;
import com.orderplatform.order.bulkimport.file.validation.OrderGroupResult;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.file.validation.RejectedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the file side of the import with generated files, a bounded, seeded number of
 * tries per build: CSV-like text in every encoding and dialect the reader meets (quotes,
 * delimiters, line breaks, NUL, byte order marks, full-width and surrogate characters,
 * formula prefixes, huge cells) and plain random bytes. Whatever the bytes, the file is
 * either refused as a whole with an {@link ImportFileException} carrying its code, or
 * read row by row: rows numbered upwards, each row valid or rejected with its row number,
 * column, code and message, and every row ending in exactly one order or one rejected
 * order. No other exception escapes.
 */
class ImportFileFuzzTests {

	private static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 500);

	private static final Set<String> COLUMNS = columnNames();

	/** Rare tokens that refuse a whole file or break its quoting. */
	private static final List<String> HOSTILE_TOKENS = List.of("\"", "\0", "\uFEFF", "\uD800", "\r");

	private static final List<String> TOKENS = List.of("", " ", ",", ";", "\t", "\"\"", "\r\n", "\n", "a@example.co.jp",
			"ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐ", "not-an-email", "田中太郎", "髙橋", "①", "㈱", "ﾒｰﾙｱﾄﾞﾚｽ", "𠮷", "0", "1", "-5", "１２",
			"89,800", "￥89,800", "3,500円", "1.50", "1e3", "999999999999999999999", "JPY", "jpy", "USD", "=SUM(A1)",
			"+1", "@x", "R1", "R2", "x".repeat(600));

	private static final List<String> HEADERS = List.of(
			"customer_email,customer_name,product_name,quantity,unit_price,currency,notes,order_ref",
			"メールアドレス,顧客名,商品名,数量,単価,通貨,備考,注文番号", "Unit Price,QUANTITY,product name,customer-email,Customer Name",
			"customer_email,customer_email,product_name,quantity,unit_price", "quantity,unit_price", "");

	private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, FileProfile.WINDOWS_31J,
			StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);

	@Property(tries = 1500, seed = "20261124", shrinking = ShrinkingMode.BOUNDED)
	void csvLikeFilesAreRefusedWholeOrEveryRowIsAccountedFor(@ForAll("csvLikeFiles") byte[] bytes) {
		Statistics.label("outcome").collect(assertRefusedOrAccountedFor(bytes));
		// The generator must keep reaching the reader and the validator, not only the
		// refusals.
		Statistics.label("outcome").coverage(coverage -> {
			coverage.check("rows read").percentage(share -> share > 10);
			coverage.check("refused").percentage(share -> share > 10);
		});
	}

	@Property(tries = 500, seed = "20261124", shrinking = ShrinkingMode.BOUNDED)
	void randomBytesAreRefusedWholeOrEveryRowIsAccountedFor(@ForAll("randomBytes") byte[] bytes) {
		assertRefusedOrAccountedFor(bytes);
	}

	@Provide
	Arbitrary<byte[]> csvLikeFiles() {
		Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(300, Arbitraries.of(TOKENS)),
				Tuple.of(1, Arbitraries.of(HOSTILE_TOKENS)));
		Arbitrary<String> cell = token.list()
			.ofMaxSize(3)
			.map(parts -> String.join("", parts))
			.map(text -> text.contains("\"") && text.length() % 2 == 0 ? "\"" + text.replace("\"", "\"\"") + "\""
					: text);
		Arbitrary<String> delimiter = Arbitraries.of(",", ";", "\t");
		Arbitrary<String> lineEnding = Arbitraries.of("\r\n", "\n", "\r");
		Arbitrary<List<List<String>>> rows = cell.list().ofMinSize(0).ofMaxSize(10).list().ofMaxSize(30);
		return Combinators
			.combine(
					Arbitraries.frequencyOf(
							Tuple.of(6, Arbitraries.of(HEADERS.subList(0, 3))), Tuple.of(1, Arbitraries.of(HEADERS))),
					rows, delimiter, lineEnding,
					Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(CHARSETS.subList(0, 2))),
							Tuple.of(1, Arbitraries.of(CHARSETS))),
					Arbitraries.of(true, false))
			.as((header, body, separator, newline, charset, bom) -> {
				StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "").append(header.replace(",", separator));
				for (List<String> row : body) {
					text.append(newline).append(String.join(separator, row));
				}
				return text.toString().getBytes(charset);
			});
	}

	@Provide
	Arbitrary<byte[]> randomBytes() {
		return Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
	}

	private static String assertRefusedOrAccountedFor(byte[] bytes) {
		Path file = write(bytes);
		try {
			FileProfile profile;
			try {
				profile = new ImportFileInspector(LIMITS).inspect(file);
			}
			catch (ImportFileException refused) {
				assertThat(refused.getCode()).isNotNull();
				assertThat(refused.getMessage()).isNotBlank();
				Statistics.label("refusal").collect(refused.getCode());
				return "refused";
			}
			List<ValidatedRow> rows = new ArrayList<>();
			try (ImportRowReader reader = ImportRowReader.open(file, profile, LIMITS)) {
				for (ImportRow row : reader) {
					rows.add(ImportRowValidator.validate(row));
				}
			}
			catch (ImportFileException refused) {
				assertThat(refused.getCode()).isIn(FileErrorCode.MALFORMED_CSV, FileErrorCode.TOO_MANY_ROWS);
				assertThat(refused.getMessage()).isNotBlank();
				return "malformed";
			}
			assertEveryRowAccountedFor(rows);
			return "rows read";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(file);
		}
	}

	private static void assertEveryRowAccountedFor(List<ValidatedRow> rows) {
		int previous = 1;
		for (ValidatedRow row : rows) {
			assertThat(row.rowNumber()).isGreaterThan(previous);
			previous = row.rowNumber();
			assertThat(row.valid()).isEqualTo(row.item() != null);
			for (RowError error : row.errors()) {
				assertThat(error.rowNumber()).isEqualTo(row.rowNumber());
				assertThat(error.code()).isNotNull();
				assertThat(error.message()).isNotBlank();
				if (error.code() == RowErrorCode.EXTRA_CELLS) {
					assertThat(error.column()).isNull();
				}
				else {
					assertThat(error.column()).isIn(COLUMNS);
				}
			}
		}
		TreeSet<Integer> grouped = new TreeSet<>();
		int groupedRows = 0;
		for (OrderGroupResult result : OrderGrouper.groupAll(rows)) {
			groupedRows += result.rowNumbers().size();
			grouped.addAll(result.rowNumbers());
			if (result instanceof RejectedOrder rejected) {
				assertThat(rejected.errorsByRow().keySet()).containsExactlyInAnyOrderElementsOf(rejected.rowNumbers());
			}
		}
		assertThat(groupedRows).isEqualTo(rows.size());
		assertThat(grouped).containsExactlyElementsOf(rows.stream().map(ValidatedRow::rowNumber).toList());
	}

	private static Set<String> columnNames() {
		Set<String> names = new TreeSet<>();
		for (ImportColumn column : ImportColumn.values()) {
			names.add(column.headerName());
		}
		return names;
	}

	private static Path write(byte[] bytes) {
		try {
			Path file = Files.createTempFile("fuzz-", ".csv");
			Files.write(file, bytes);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

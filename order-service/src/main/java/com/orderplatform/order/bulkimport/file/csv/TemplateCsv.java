package com.orderplatform.order.bulkimport.file.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.InvalidImportRequestException;
import com.orderplatform.order.csv.DialectCsvWriter;
import com.orderplatform.order.csv.LineEnding;

/**
 * template.csv: the header and two example rows (one order with two items, grouped by
 * order_ref). Both languages are UTF-8 with a byte order mark and CRLF line endings:
 * without the mark, Excel on Japanese Windows reads UTF-8 as Shift_JIS and garbles the
 * Japanese text.
 */
public final class TemplateCsv {

	/** The template's header language. */
	public enum Language {

		/** Japanese headers and example values. */
		JA,

		/** English headers (spec section 4.7) and example values. */
		EN;

		/**
		 * The language of a {@code lang} parameter.
		 * @param lang {@code ja} or {@code en}, in any case
		 * @return the language
		 * @throws IllegalArgumentException for any other value
		 */
		public static Language of(String lang) {
			return switch ((lang != null) ? lang.strip().toLowerCase(Locale.ROOT) : "") {
				case "ja" -> JA;
				case "en" -> EN;
				default -> throw new IllegalArgumentException("lang must be ja or en but was " + lang);
			};
		}

		/**
		 * The language of a request's {@code lang} parameter.
		 * @param lang {@code ja} or {@code en}, in any case
		 * @return the language
		 * @throws InvalidImportRequestException naming {@code lang} for any other value
		 */
		public static Language parse(String lang) {
			try {
				return of(lang);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidImportRequestException("lang", "lang must be ja or en, not \"" + lang + "\"");
			}
		}

	}

	private static final List<List<String>> JA_ROWS = List.of(
			List.of("tanaka@example.co.jp", "田中太郎", "ノートPC", "2", "89800", "JPY", "法人割引適用", "PO-0001"),
			List.of("tanaka@example.co.jp", "田中太郎", "モニター27インチ", "3", "45000", "JPY", "", "PO-0001"));

	private static final List<List<String>> EN_ROWS = List.of(
			List.of("tanaka@example.co.jp", "Taro Tanaka", "Laptop", "2", "89800", "JPY", "Corporate discount",
					"PO-0001"),
			List.of("tanaka@example.co.jp", "Taro Tanaka", "27-inch monitor", "3", "45000", "JPY", "", "PO-0001"));

	private TemplateCsv() {
	}

	/**
	 * Writes the template.
	 * @param out where to write; closed afterwards
	 * @param language the headers' language
	 * @throws IOException when writing fails
	 */
	public static void write(OutputStream out, Language language) throws IOException {
		List<String> header = List.of(ImportColumn.values())
			.stream()
			.map((language == Language.JA) ? ImportColumn::japaneseName : ImportColumn::headerName)
			.toList();
		try (DialectCsvWriter csv = DialectCsvWriter.open(out, StandardCharsets.UTF_8, true, ',', LineEnding.CRLF)) {
			csv.write(List.of(), header);
			((language == Language.JA) ? JA_ROWS : EN_ROWS).forEach(row -> csv.write(List.of(), row));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * The name to download the template as.
	 * @param language the headers' language
	 * @return e.g. {@code order-import-template-ja.csv}
	 */
	public static String fileName(Language language) {
		return "order-import-template-" + language.name().toLowerCase(Locale.ROOT) + ".csv";
	}

}

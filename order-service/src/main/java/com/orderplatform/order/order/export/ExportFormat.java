package com.orderplatform.order.order.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.orderplatform.order.order.InvalidOrderException;

/**
 * How an orders export is written: UTF-8 with a byte order mark (so Excel on Japanese
 * Windows reads the Japanese text right) or Windows-31J as Excel itself saves CSV there;
 * headers in English or Japanese; times in a time zone. Always comma-separated with CRLF
 * line endings, as Excel writes CSV.
 *
 * @param charset UTF-8 or Windows-31J
 * @param bom whether the file starts with a byte order mark (UTF-8 only)
 * @param japanese whether the headers are Japanese
 * @param zone the time zone of {@code created_at}
 */
record ExportFormat(Charset charset, boolean bom, boolean japanese, ZoneId zone) {

	/** Windows-31J (CP932): what Excel on Japanese Windows reads and writes. */
	static final Charset WINDOWS_31J = Charset.forName("windows-31j");

	private static final List<String> UTF_8_NAMES = List.of("utf-8", "utf8");

	private static final List<String> WINDOWS_31J_NAMES = List.of("windows-31j", "cp932", "shift_jis", "sjis");

	/**
	 * Reads the export's options as a client writes them; all are optional.
	 * @param encoding {@code utf-8} (default) or {@code windows-31j} ({@code cp932},
	 * {@code shift_jis} accepted), any case
	 * @param lang {@code en} (default) or {@code ja} for the headers
	 * @param zone the time zone of the times written
	 * @return the format
	 * @throws InvalidOrderException naming {@code encoding} or {@code lang}
	 */
	static ExportFormat parse(String encoding, String lang, ZoneId zone) {
		String name = isBlank(encoding) ? "utf-8" : encoding.strip().toLowerCase(Locale.ROOT);
		boolean utf8 = UTF_8_NAMES.contains(name);
		if (!utf8 && !WINDOWS_31J_NAMES.contains(name)) {
			throw new InvalidOrderException("encoding",
					"'" + encoding + "' is not supported; use utf-8 (with a byte order mark) or windows-31j");
		}
		String language = isBlank(lang) ? "en" : lang.strip().toLowerCase(Locale.ROOT);
		if (!language.equals("en") && !language.equals("ja")) {
			throw new InvalidOrderException("lang", "'" + lang + "' is not supported; use en or ja");
		}
		return new ExportFormat(utf8 ? StandardCharsets.UTF_8 : WINDOWS_31J, utf8, language.equals("ja"), zone);
	}

	/**
	 * The response's content type.
	 * @return {@code text/csv} with the charset
	 */
	String contentType() {
		return "text/csv;charset=" + (this.bom ? "UTF-8" : "windows-31j");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

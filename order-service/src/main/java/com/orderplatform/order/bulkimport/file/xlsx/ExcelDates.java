package com.orderplatform.order.bulkimport.file.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which number formats show a date or a time, and the text of such a cell. Excel stores a
 * date as a serial number of days with a number format; the built-in formats carry no
 * format code, so they are classified by ID (14–22, 45–47 and the Japanese 27–36, 50–58,
 * such as {@code [$-411]ggge"年"m"月"d"日"}), custom ones by their code (a {@code y},
 * {@code m}, {@code d}, {@code h} or {@code s} outside quotes, brackets and escapes).
 * Dates read as {@code yyyy-MM-dd}, in the 1900 date system (with Excel's fictitious
 * 1900-02-29, serial 60) or the 1904 one.
 */
final class ExcelDates {

	/** What a number format shows. */
	enum Kind {

		NUMBER, DATE, DATE_TIME, TIME

	}

	private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.|_.|\\*.");

	private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

	private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private ExcelDates() {
	}

	/**
	 * Classifies a cell's number format.
	 * @param id the format's ID, {@code null} for General
	 * @param code its code, {@code null} for a built-in one
	 */
	static Kind kind(Integer id, String code) {
		int builtIn = (id != null) ? id : 0;
		if ((builtIn >= 14 && builtIn <= 17) || (builtIn >= 27 && builtIn <= 31) || (builtIn >= 34 && builtIn <= 36)
				|| (builtIn >= 50 && builtIn <= 58)) {
			return Kind.DATE;
		}
		if (builtIn == 22) {
			return Kind.DATE_TIME;
		}
		if ((builtIn >= 18 && builtIn <= 21) || builtIn == 32 || builtIn == 33 || (builtIn >= 45 && builtIn <= 47)) {
			return Kind.TIME;
		}
		if (builtIn < 164 || code == null) {
			return Kind.NUMBER;
		}
		String plain = LITERALS.matcher(code.split(";", -1)[0]).replaceAll("").toLowerCase(Locale.ROOT);
		boolean date = plain.indexOf('y') >= 0 || plain.indexOf('d') >= 0
				|| plain.indexOf('e') >= 0 && plain.indexOf('g') >= 0
				|| (plain.indexOf('m') >= 0 && plain.indexOf('h') < 0 && plain.indexOf('s') < 0);
		boolean time = plain.indexOf('h') >= 0 || plain.indexOf('s') >= 0 && plain.indexOf('m') >= 0;
		if (date) {
			return time ? Kind.DATE_TIME : Kind.DATE;
		}
		return time ? Kind.TIME : Kind.NUMBER;
	}

	/**
	 * The text of a date or time cell.
	 * @param serial the cell's number
	 * @param kind its format's kind, not {@link Kind#NUMBER}
	 * @param date1904 whether the workbook counts from 1904
	 * @return {@code yyyy-MM-dd}, {@code yyyy-MM-dd HH:mm:ss} or {@code HH:mm:ss}
	 */
	static String text(BigDecimal serial, Kind kind, boolean date1904) {
		long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
		long seconds = serial.subtract(BigDecimal.valueOf(days))
			.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, RoundingMode.HALF_UP)
			.longValue();
		if (seconds == 86_400) {
			days++;
			seconds = 0;
		}
		LocalDateTime at = date(days, date1904).atStartOfDay().plusSeconds(seconds);
		if (kind == Kind.TIME) {
			return at.format(TIME);
		}
		if (!date1904 && days == 60) {
			// Excel's 1900-02-29, a day that never was (kept as Excel shows it).
			return (kind == Kind.DATE) ? "1900-02-29" : "1900-02-29 " + at.format(TIME);
		}
		return (kind == Kind.DATE) ? at.toLocalDate().toString() : at.format(DATE_TIME);
	}

	private static LocalDate date(long days, boolean date1904) {
		if (date1904) {
			return EPOCH_1904.plusDays(days);
		}
		// Before Excel's fictitious 1900-02-29 (serial 60) the serials are one day off.
		return (days < 60) ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
	}

}

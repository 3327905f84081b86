package com.orderplatform.order.bulkimport.file.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;

import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell's text as a person typed it: numbers without {@code .0} and rounded to Excel's
 * 15 significant digits ({@code =89800*1.1} reads {@code 98780}), dates as
 * {@code yyyy-MM-dd} ({@link ExcelDates}), booleans as {@code TRUE}/{@code FALSE}, text
 * as written (text that looks like a number stays text, {@code 0123} too), a formula by
 * its cached result. An error cell ({@code #N/A}) and a formula without a cached result
 * are {@link Unreadable}: what Excel shows, with the reason the row fails.
 */
final class ExcelCells {

	private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);

	private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
			"#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#UNKNOWN!", "#CONNECT!", "#BUSY!");

	/** A cell read. */
	sealed interface Value permits Text, Unreadable {

		String text();

	}

	/** A readable cell's text. */
	record Text(String text) implements Value {
	}

	/**
	 * A cell that holds no value the import can use.
	 *
	 * @param text what Excel shows in it ({@code #N/A}, or empty)
	 * @param reason why, in English, to follow the cell's reference
	 */
	record Unreadable(String text, String reason) implements Value {
	}

	private static final Text EMPTY = new Text("");

	/** Excel's last date, 9999-12-31. */
	private static final BigDecimal MAX_SERIAL = BigDecimal.valueOf(2_958_466);

	private ExcelCells() {
	}

	static Value read(Cell cell, boolean date1904) {
		if (cell == null) {
			return EMPTY;
		}
		return switch (cell.getType()) {
			case EMPTY -> EMPTY;
			case STRING -> new Text(String.valueOf(cell.getValue()));
			case BOOLEAN -> new Text(Boolean.TRUE.equals(cell.getValue()) ? "TRUE" : "FALSE");
			case NUMBER -> number(cell, (BigDecimal) cell.getValue(), date1904);
			case ERROR -> error(cell.getRawValue());
			case FORMULA -> formula(cell, date1904);
		};
	}

	private static Value formula(Cell cell, boolean date1904) {
		Object value = cell.getValue();
		if (cell.getRawValue() == null) {
			return new Unreadable("",
					"holds the formula =" + cell.getFormula()
							+ " without a calculated value (the file was not saved by Excel); open it in Excel, save it"
							+ " and upload it again, or type the value");
		}
		if (value == null) {
			// A cached result that is the empty text, e.g. =IF(A2="","",A2).
			return EMPTY;
		}
		if (value instanceof BigDecimal number) {
			return number(cell, number, date1904);
		}
		if (value instanceof Boolean bool) {
			return new Text(bool ? "TRUE" : "FALSE");
		}
		String text = value.toString();
		return ERRORS.contains(text) ? error(text) : new Text(text);
	}

	private static Value error(String shown) {
		String text = (shown != null) ? shown : "";
		return new Unreadable(text, "shows the error " + (text.isEmpty() ? "value" : text)
				+ " instead of a value; correct the cell (or its formula) in the workbook");
	}

	private static Value number(Cell cell, BigDecimal number, boolean date1904) {
		if (number == null) {
			return EMPTY;
		}
		ExcelDates.Kind kind = ExcelDates.kind(cell.getDataFormatId(), cell.getDataFormatString());
		if (kind != ExcelDates.Kind.NUMBER && number.signum() >= 0 && number.compareTo(MAX_SERIAL) < 0) {
			return new Text(ExcelDates.text(number, kind, date1904));
		}
		return new Text(plain(number));
	}

	/**
	 * A number as Excel shows it in General format: 15 significant digits, no exponent.
	 */
	static String plain(BigDecimal number) {
		BigDecimal rounded = number.round(EXCEL_DIGITS).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

}

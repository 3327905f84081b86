package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.orderplatform.order.bulkimport.file.ImportColumn;
import com.orderplatform.order.bulkimport.file.ImportRow;

/**
 * Checks one row's values against the import's rules and collects every error of the row.
 * Stateless and cheap (precompiled patterns, no work for values that need none): 100,000
 * rows take well under a second. Order-wide rules (the total, one customer name per
 * order) are {@link OrderGrouper}'s.
 */
public final class ImportRowValidator {

	/** The most characters of a customer name. */
	public static final int MAX_NAME = 100;

	/** The most characters of a product name. */
	public static final int MAX_PRODUCT = 200;

	/** The most characters of the notes. */
	public static final int MAX_NOTES = 500;

	/** The most characters of an order_ref. */
	public static final int MAX_ORDER_REF = 100;

	/** The largest quantity or unit price: no order may total more than this many yen. */
	public static final long MAX_AMOUNT = 1_000_000;

	private static final int MAX_EMAIL = 254;

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private static final int QUOTED_VALUE_LIMIT = 40;

	private ImportRowValidator() {
	}

	/**
	 * Checks a row.
	 * @param row the row as read
	 * @return the row's order key and its item, or all its errors
	 */
	public static ValidatedRow validate(ImportRow row) {
		RowErrors errors = new RowErrors(row.rowNumber());
		String email = email(row, errors);
		String name = requiredText(row, ImportColumn.CUSTOMER_NAME, MAX_NAME, errors,
				RowErrorCode.CUSTOMER_NAME_REQUIRED, RowErrorCode.CUSTOMER_NAME_TOO_LONG, "the customer's name");
		String product = requiredText(row, ImportColumn.PRODUCT_NAME, MAX_PRODUCT, errors,
				RowErrorCode.PRODUCT_NAME_REQUIRED, RowErrorCode.PRODUCT_NAME_TOO_LONG, "the product's name");
		long quantity = AmountCells.quantity(row, errors);
		long unitPrice = AmountCells.unitPrice(row, errors);
		currency(row, errors);
		String notes = optionalText(row, ImportColumn.NOTES, MAX_NOTES, RowErrorCode.NOTES_TOO_LONG, errors);
		String orderRef = CellValues.normalisedText(row.value(ImportColumn.ORDER_REF));
		if (CellValues.length(orderRef) > MAX_ORDER_REF) {
			errors.add(ImportColumn.ORDER_REF, RowErrorCode.ORDER_REF_TOO_LONG,
					column(ImportColumn.ORDER_REF) + " may have at most " + MAX_ORDER_REF + " characters but has "
							+ CellValues.length(orderRef) + "; shorten it.");
		}
		extraCells(row, errors);
		String groupKey = orderRef.isEmpty() ? "row:" + row.rowNumber()
				: "ref:" + orderRef.length() + ":" + orderRef + ":" + email.toLowerCase(Locale.ROOT);
		if (!row.cellErrors().isEmpty()) {
			errors = withCellErrors(row, errors);
		}
		ImportedItem item = errors.isEmpty()
				? new ImportedItem(row.rowNumber(), product, (int) quantity, BigDecimal.valueOf(unitPrice), notes)
				: null;
		return new ValidatedRow(row.rowNumber(), groupKey, orderRef.isEmpty() ? null : orderRef, email, name, item,
				errors.list());
	}

	private static String email(ImportRow row, RowErrors errors) {
		String raw = row.value(ImportColumn.CUSTOMER_EMAIL);
		String email = CellValues.normalisedText(raw);
		if (email.isEmpty()) {
			errors.add(ImportColumn.CUSTOMER_EMAIL, RowErrorCode.CUSTOMER_EMAIL_REQUIRED,
					column(ImportColumn.CUSTOMER_EMAIL)
							+ " is empty; enter the customer's email address, e.g. tanaka@example.co.jp.");
		}
		else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
			errors.add(ImportColumn.CUSTOMER_EMAIL, RowErrorCode.CUSTOMER_EMAIL_INVALID,
					column(ImportColumn.CUSTOMER_EMAIL) + " " + quoted(raw)
							+ " is not a valid email address; write it as name@example.co.jp"
							+ " (letters, digits and . _ + - before the @, a domain with a dot after it).");
		}
		return email;
	}

	private static String requiredText(ImportRow row, ImportColumn column, int max, RowErrors errors,
			RowErrorCode required, RowErrorCode tooLong, String what) {
		String text = CellValues.text(row.value(column));
		if (text.isEmpty()) {
			errors.add(column, required, column(column) + " is empty; enter " + what + ".");
		}
		else if (CellValues.length(text) > max) {
			errors.add(column, tooLong, column(column) + " may have at most " + max + " characters but has "
					+ CellValues.length(text) + "; shorten it.");
		}
		return text;
	}

	private static String optionalText(ImportRow row, ImportColumn column, int max, RowErrorCode tooLong,
			RowErrors errors) {
		String text = CellValues.text(row.value(column));
		if (CellValues.length(text) > max) {
			errors.add(column, tooLong, column(column) + " may have at most " + max + " characters but has "
					+ CellValues.length(text) + "; shorten it.");
		}
		return text;
	}

	private static void currency(ImportRow row, RowErrors errors) {
		String raw = row.value(ImportColumn.CURRENCY);
		String currency = CellValues.normalisedText(raw);
		if (!currency.isEmpty() && !currency.equalsIgnoreCase("JPY")) {
			errors.add(ImportColumn.CURRENCY, RowErrorCode.CURRENCY_NOT_SUPPORTED, column(ImportColumn.CURRENCY)
					+ " must be JPY or empty but is " + quoted(raw) + "; only Japanese yen can be imported.");
		}
	}

	private static void extraCells(ImportRow row, RowErrors errors) {
		List<String> cells = row.cells();
		int width = row.columns().width();
		for (int i = width; i < cells.size(); i++) {
			if (!cells.get(i).isBlank()) {
				errors.add(new RowError(row.rowNumber(), null, RowErrorCode.EXTRA_CELLS,
						"The row has " + cells.size() + " cells but the header has " + width
								+ " columns; remove the cells after column " + width
								+ " or give their column a header (a cell with a delimiter inside needs quotes)."));
				return;
			}
		}
	}

	/**
	 * The row's errors with its unreadable cells first, in place of the other errors of
	 * their columns; a cell no import column reads is left alone.
	 */
	private static RowErrors withCellErrors(ImportRow row, RowErrors errors) {
		RowErrors all = new RowErrors(row.rowNumber());
		Set<String> columns = new HashSet<>();
		for (ImportRow.CellError cell : row.cellErrors()) {
			ImportColumn column = columnAt(row, cell.index());
			if (column != null) {
				columns.add(column.headerName());
				all.add(column, RowErrorCode.CELL_ERROR,
						"Cell " + cell.reference() + " (" + column(column) + ") " + cell.reason() + ".");
			}
		}
		errors.list().stream().filter(error -> !columns.contains(error.column())).forEach(all::add);
		return all;
	}

	/** The import column that reads the cell at an index, {@code null} for none. */
	private static ImportColumn columnAt(ImportRow row, int index) {
		List<String> probe = new ArrayList<>(Collections.nCopies(index + 1, ""));
		List<String> blank = List.copyOf(probe);
		probe.set(index, "\u0001");
		for (ImportColumn column : ImportColumn.values()) {
			if (!row.columns().valueIn(probe, column).equals(row.columns().valueIn(blank, column))) {
				return column;
			}
		}
		return null;
	}

	/** How messages name a column: its English and Japanese header names. */
	static String column(ImportColumn column) {
		return column.headerName() + " (" + column.japaneseName() + ")";
	}

	static String quoted(String value) {
		String shown = (value.length() > QUOTED_VALUE_LIMIT) ? value.substring(0, QUOTED_VALUE_LIMIT) + "..." : value;
		return "\"" + shown + "\"";
	}

}

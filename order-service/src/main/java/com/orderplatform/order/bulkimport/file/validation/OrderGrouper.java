package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.orderplatform.order.bulkimport.file.ImportColumn;

/**
 * Turns the rows of one order into the order, or fails the order as a whole: an invalid
 * row fails all rows of its order, never half an order. Works one order at a time, so a
 * caller that stages rows and feeds them back sorted by {@link ValidatedRow#groupKey()}
 * holds one order in memory; {@link #groupAll} does it for a list that fits in memory.
 */
public final class OrderGrouper {

	/** The most items of one order, as for an order placed through the API. */
	public static final int MAX_ITEMS = 1000;

	/** The smallest order total in yen. */
	public static final BigDecimal MIN_TOTAL = BigDecimal.valueOf(100);

	/** The largest order total in yen (the payment limit). */
	public static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(1_000_000);

	private static final int ROWS_NAMED = 10;

	private OrderGrouper() {
	}

	/**
	 * Decides one order.
	 * @param rows all rows of the order (equal group keys), in any order
	 * @return the order, or the errors of all its rows
	 * @throws IllegalArgumentException when the rows are empty or of different orders
	 */
	public static OrderGroupResult group(List<ValidatedRow> rows) {
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("An order has at least one row");
		}
		String key = rows.get(0).groupKey();
		if (!rows.stream().allMatch(row -> row.groupKey().equals(key))) {
			throw new IllegalArgumentException("Rows of different orders given as one: "
					+ rows.stream().map(ValidatedRow::groupKey).distinct().collect(Collectors.joining(", ")));
		}
		List<ValidatedRow> sorted = rows.stream().sorted(Comparator.comparingInt(ValidatedRow::rowNumber)).toList();
		Map<Integer, List<RowError>> errors = new LinkedHashMap<>();
		sorted.forEach(row -> errors.put(row.rowNumber(), new ArrayList<>(row.errors())));
		checkOneCustomerName(sorted, errors);
		checkItemCount(sorted, errors);
		if (errors.values().stream().anyMatch(rowErrors -> !rowErrors.isEmpty())) {
			return reject(sorted, errors);
		}
		ValidatedRow first = sorted.get(0);
		ImportedOrder order = new ImportedOrder(key, first.orderRef(), first.customerEmail(), first.customerName(),
				sorted.stream().map(ValidatedRow::item).toList());
		BigDecimal total = order.total();
		if (total.compareTo(MIN_TOTAL) < 0 || total.compareTo(MAX_TOTAL) > 0) {
			String message = describe(sorted) + " totals " + String.format(Locale.ROOT, "%,d", total.longValueExact())
					+ " JPY but an order must total 100 to 1,000,000 JPY;"
					+ " change the quantities or unit prices, or split the order.";
			sorted.forEach(row -> errors.get(row.rowNumber())
				.add(new RowError(row.rowNumber(), null, RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE, message)));
			return reject(sorted, errors);
		}
		return order;
	}

	/**
	 * Decides every order of a list of rows that fits in memory.
	 * @param rows the rows of a file, in any order
	 * @return one result per order, in the order of their first rows
	 */
	public static List<OrderGroupResult> groupAll(List<ValidatedRow> rows) {
		Map<String, List<ValidatedRow>> orders = new LinkedHashMap<>();
		rows.stream()
			.sorted(Comparator.comparingInt(ValidatedRow::rowNumber))
			.forEach(row -> orders.computeIfAbsent(row.groupKey(), key -> new ArrayList<>()).add(row));
		return orders.values().stream().map(OrderGrouper::group).toList();
	}

	private static void checkOneCustomerName(List<ValidatedRow> rows, Map<Integer, List<RowError>> errors) {
		ValidatedRow reference = rows.stream().filter(row -> !row.customerName().isEmpty()).findFirst().orElse(null);
		if (reference == null) {
			return;
		}
		for (ValidatedRow row : rows) {
			if (!row.customerName().isEmpty() && !row.customerName().equals(reference.customerName())) {
				errors.get(row.rowNumber())
					.add(RowError.of(row.rowNumber(), ImportColumn.CUSTOMER_NAME, RowErrorCode.CUSTOMER_NAME_MISMATCH,
							ImportRowValidator.column(ImportColumn.CUSTOMER_NAME) + " "
									+ ImportRowValidator.quoted(row.customerName()) + " differs from "
									+ ImportRowValidator.quoted(reference.customerName()) + " in row "
									+ reference.rowNumber() + " of the same order (order_ref "
									+ ImportRowValidator.quoted(Objects.toString(row.orderRef(), "")) + ");"
									+ " an order has one customer, so write the name the same way in all its rows."));
			}
		}
	}

	private static void checkItemCount(List<ValidatedRow> rows, Map<Integer, List<RowError>> errors) {
		if (rows.size() > MAX_ITEMS) {
			String message = describe(rows) + " has " + rows.size() + " rows but an order may have at most " + MAX_ITEMS
					+ " items; split it into several orders with different order_ref values.";
			rows.forEach(row -> errors.get(row.rowNumber())
				.add(new RowError(row.rowNumber(), null, RowErrorCode.ORDER_TOO_MANY_ITEMS, message)));
		}
	}

	private static RejectedOrder reject(List<ValidatedRow> rows, Map<Integer, List<RowError>> errors) {
		List<Integer> faulty = errors.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.map(Map.Entry::getKey)
			.toList();
		for (ValidatedRow row : rows) {
			List<RowError> rowErrors = errors.get(row.rowNumber());
			if (rowErrors.isEmpty()) {
				rowErrors.add(new RowError(row.rowNumber(), null, RowErrorCode.ORDER_HAS_INVALID_ROW,
						"Not imported because " + rowList(faulty) + " of the same order (order_ref "
								+ ImportRowValidator.quoted(row.orderRef()) + ") "
								+ ((faulty.size() > 1) ? "have" : "has")
								+ " errors and an order is imported whole or not at all;"
								+ " fix those rows and upload all rows of the order again."));
			}
		}
		List<RowError> all = errors.values().stream().flatMap(List::stream).toList();
		return new RejectedOrder(rows.get(0).groupKey(), rows.get(0).orderRef(), all);
	}

	private static String describe(List<ValidatedRow> rows) {
		if (rows.size() == 1) {
			return "The order in row " + rows.get(0).rowNumber();
		}
		return "The order " + ImportRowValidator.quoted(rows.get(0).orderRef()) + " ("
				+ rowList(rows.stream().map(ValidatedRow::rowNumber).toList()) + ")";
	}

	private static String rowList(List<Integer> rowNumbers) {
		String named = rowNumbers.stream().limit(ROWS_NAMED).map(String::valueOf).collect(Collectors.joining(", "));
		String more = (rowNumbers.size() > ROWS_NAMED) ? " and " + (rowNumbers.size() - ROWS_NAMED) + " more" : "";
		return ((rowNumbers.size() > 1) ? "rows " : "row ") + named + more;
	}

}

package com.orderplatform.order.bulkimport.file.validation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An order that is not imported, none of its rows: every row has at least one error (its
 * own, or {@link RowErrorCode#ORDER_HAS_INVALID_ROW} naming the rows at fault).
 *
 * @param groupKey the rows' group key
 * @param orderRef the order_ref, {@code null} for a one-row order without one
 * @param errors every error of every row, by row number
 */
public record RejectedOrder(String groupKey, String orderRef, List<RowError> errors) implements OrderGroupResult {

	/** Keeps an unmodifiable copy of the errors. */
	public RejectedOrder {
		errors = List.copyOf(errors);
	}

	/**
	 * The errors of each row, as errors.csv writes them.
	 * @return row number → that row's errors, ascending by row
	 */
	public Map<Integer, List<RowError>> errorsByRow() {
		return this.errors.stream()
			.collect(Collectors.groupingBy(RowError::rowNumber, TreeMap::new, Collectors.toList()));
	}

	@Override
	public List<Integer> rowNumbers() {
		return List.copyOf(errorsByRow().keySet());
	}

}

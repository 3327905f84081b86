package com.orderplatform.order.bulkimport.file.csv;

import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.RowError;

/**
 * What became of one row, for results.csv.
 *
 * @param rowNumber the row's number in the upload
 * @param cells the row's cells exactly as read
 * @param orderId the order the row became an item of, {@code null} when it failed
 * @param errors the row's errors, empty when it was imported
 * @param itemNotes the notes the row's order item keeps (trimmed), {@code ""} when it has
 * none or the row failed
 */
public record RowOutcome(int rowNumber, List<String> cells, Long orderId, List<RowError> errors, String itemNotes) {

	/** Checks that a row has either an order or errors, and copies the lists. */
	public RowOutcome {
		cells = List.copyOf(cells);
		errors = List.copyOf(errors);
		itemNotes = (itemNotes != null) ? itemNotes : "";
		if ((orderId == null) == errors.isEmpty()) {
			throw new IllegalArgumentException("Row " + rowNumber + " must have either an order id or errors");
		}
	}

	/**
	 * A row that became an item of an order.
	 * @param rowNumber the row's number
	 * @param cells its cells as read
	 * @param orderId the order's id
	 * @param itemNotes the notes its item keeps, {@code null} or empty for none
	 * @return the outcome
	 */
	public static RowOutcome imported(int rowNumber, List<String> cells, long orderId, String itemNotes) {
		return new RowOutcome(rowNumber, cells, orderId, List.of(), itemNotes);
	}

	/**
	 * A row that was not imported.
	 * @param rowNumber the row's number
	 * @param cells its cells as read
	 * @param errors why, at least one
	 * @return the outcome
	 */
	public static RowOutcome failed(int rowNumber, List<String> cells, List<RowError> errors) {
		return new RowOutcome(rowNumber, cells, null, errors, "");
	}

}

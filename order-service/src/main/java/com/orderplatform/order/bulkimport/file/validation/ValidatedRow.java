package com.orderplatform.order.bulkimport.file.validation;

import java.util.List;

/**
 * A row after its values are checked: the order it belongs to and either its item or its
 * errors (every error of the row, not only the first). Rows with equal
 * {@link #groupKey()} form one order; {@link OrderGrouper} decides whether that order is
 * imported.
 *
 * @param rowNumber the row as a spreadsheet shows it
 * @param groupKey which order the row belongs to:
 * {@code ref:<length>:<order_ref>:<email in
 * lower case>} when the row has an order_ref, else {@code row:<rowNumber>} (an order of
 * its own)
 * @param orderRef the order_ref, {@code null} when the row has none
 * @param customerEmail the email, trimmed and NFKC-normalised (full-width letters made
 * ASCII)
 * @param customerName the name, trimmed
 * @param item the order line, {@code null} when the row has errors
 * @param errors the row's own errors, empty when it is valid
 */
public record ValidatedRow(int rowNumber, String groupKey, String orderRef, String customerEmail, String customerName,
		ImportedItem item, List<RowError> errors) {

	/** Keeps an unmodifiable copy of the errors. */
	public ValidatedRow {
		errors = List.copyOf(errors);
	}

	/**
	 * Whether the row's values are all valid (its order may still fail).
	 * @return {@code true} when it has no errors of its own
	 */
	public boolean valid() {
		return this.errors.isEmpty();
	}

}

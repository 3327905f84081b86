package com.orderplatform.order.bulkimport.file.validation;

import com.orderplatform.order.bulkimport.file.ImportColumn;

/**
 * One reason a row is not imported.
 *
 * @param rowNumber the row as a spreadsheet shows it (header = row 1)
 * @param column the column at fault by its English header name (e.g. {@code quantity}),
 * {@code null} when the whole row or its order is at fault
 * @param code the stable code
 * @param message what is wrong with which value and how to fix it, in English
 */
public record RowError(int rowNumber, String column, RowErrorCode code, String message) {

	static RowError of(int rowNumber, ImportColumn column, RowErrorCode code, String message) {
		return new RowError(rowNumber, column.headerName(), code, message);
	}

}

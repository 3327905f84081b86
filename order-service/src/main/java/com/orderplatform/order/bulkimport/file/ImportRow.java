package com.orderplatform.order.bulkimport.file;

import java.util.List;

/**
 * One data row of an import file.
 *
 * @param rowNumber the row as a spreadsheet shows it: the header is row 1, the first data
 * row is row 2; a line break inside quotes does not start a new row, a blank row counts
 * @param cells the row's cells exactly as read (not trimmed, not normalised): what
 * errors.csv writes back
 * @param columns the file's column mapping
 */
public record ImportRow(int rowNumber, List<String> cells, ColumnMapping columns) {

	/** Keeps an unmodifiable copy of the cells. */
	public ImportRow {
		cells = List.copyOf(cells);
	}

	/**
	 * A column's value as read.
	 * @param column the column
	 * @return the cell, {@code ""} when the file or this row lacks it
	 */
	public String value(ImportColumn column) {
		return this.columns.valueIn(this.cells, column);
	}

}

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
 * @param cellErrors the workbook cells that hold no usable value (an Excel error such as
 * {@code #N/A}, a formula without a calculated value); empty for a CSV file
 */
public record ImportRow(int rowNumber, List<String> cells, ColumnMapping columns, List<CellError> cellErrors) {

	/** Keeps unmodifiable copies of the cells and cell errors. */
	public ImportRow {
		cells = List.copyOf(cells);
		cellErrors = List.copyOf(cellErrors);
	}

	/** A row without cell errors. */
	public ImportRow(int rowNumber, List<String> cells, ColumnMapping columns) {
		this(rowNumber, cells, columns, List.of());
	}

	/**
	 * A column's value as read.
	 * @param column the column
	 * @return the cell, {@code ""} when the file or this row lacks it
	 */
	public String value(ImportColumn column) {
		return this.columns.valueIn(this.cells, column);
	}

	/**
	 * A workbook cell whose value cannot be used; the row fails when the cell feeds one
	 * of the import's columns.
	 *
	 * @param index the cell's column, 0 for A
	 * @param reference the cell as Excel names it, e.g. {@code E12}
	 * @param reason what is wrong and what to do, in English, to follow the reference
	 */
	public record CellError(int index, String reference, String reason) {
	}

}

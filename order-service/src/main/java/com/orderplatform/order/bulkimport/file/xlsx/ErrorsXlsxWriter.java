package com.orderplatform.order.bulkimport.file.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes errors.xlsx with FastExcel's writer: one sheet, {@code errors}, holding the
 * failed rows as uploaded, each preceded by {@code row_number}, {@code error_code} and
 * {@code error_message} (several errors joined with {@code " | "}, as in errors.csv), so
 * a user can fix the cells in Excel and upload the workbook again (the three added
 * columns are ignored then). The cells are text exactly as read ({@code 0123} stays
 * {@code 0123}, nothing becomes a formula), written inline and flushed every
 * {@value #FLUSH_ROWS} rows: memory stays flat.
 */
public final class ErrorsXlsxWriter implements Closeable {

	/** The media type of an .xlsx workbook. */
	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The columns added in front of the uploaded ones. */
	public static final List<String> ADDED_COLUMNS = List.of("row_number", "error_code", "error_message");

	private static final int FLUSH_ROWS = 1000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	private ErrorsXlsxWriter(Workbook workbook, Worksheet sheet) {
		this.workbook = workbook;
		this.sheet = sheet;
	}

	/**
	 * Starts errors.xlsx and writes its header: the added columns, then the upload's
	 * header cells.
	 * @param out where to write; not closed
	 * @param headerCells the upload's header cells
	 * @return the writer
	 */
	public static ErrorsXlsxWriter open(OutputStream out, List<String> headerCells) {
		Workbook workbook = new Workbook(out, "order-platform", "1.0");
		Worksheet sheet = workbook.newWorksheet("errors");
		ErrorsXlsxWriter writer = new ErrorsXlsxWriter(workbook, sheet);
		for (int i = 0; i < ADDED_COLUMNS.size(); i++) {
			sheet.inlineString(0, i, ADDED_COLUMNS.get(i));
		}
		writer.cells(0, headerCells);
		sheet.range(0, 0, 0, ADDED_COLUMNS.size() + headerCells.size() - 1).style().bold().set();
		writer.row = 1;
		return writer;
	}

	/**
	 * Writes one failed row.
	 * @param rowNumber the row's number in the upload
	 * @param cells its cells exactly as read
	 * @param errors its errors, at least one
	 */
	public void write(int rowNumber, List<String> cells, List<RowError> errors) throws IOException {
		this.sheet.value(this.row, 0, rowNumber);
		this.sheet.inlineString(this.row, 1,
				errors.stream().map(error -> error.code().name()).collect(Collectors.joining(" | ")));
		this.sheet.inlineString(this.row, 2, errors.stream().map(RowError::message).collect(Collectors.joining(" | ")));
		cells(this.row, cells);
		this.row++;
		if (this.row % FLUSH_ROWS == 0) {
			this.sheet.flush();
		}
	}

	/**
	 * Writes one failed row.
	 * @param row the row as read
	 * @param errors its errors, at least one
	 * @throws UncheckedIOException when writing fails
	 */
	public void write(ImportRow row, List<RowError> errors) {
		try {
			write(row.rowNumber(), row.cells(), errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cells(int row, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (!cells.get(i).isEmpty()) {
				this.sheet.inlineString(row, ADDED_COLUMNS.size() + i, cells.get(i));
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.workbook.finish();
	}

}

package com.orderplatform.order.bulkimport.file.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.csv.DialectCsvWriter;

/**
 * Writes errors.csv: the failed rows exactly as uploaded, each preceded by
 * {@code row_number}, {@code error_code} and {@code error_message}, in the upload's
 * encoding (with its byte order mark), delimiter and line ending, so a user can open it
 * in Excel, fix the cells and upload it again (the reader skips the three added columns).
 * Several errors of a row are joined with {@value #SEPARATOR}. Streams: write rows in row
 * order as they come.
 */
public final class ErrorsCsvWriter implements Closeable {

	/** The columns added in front of the uploaded ones. */
	public static final List<String> ADDED_COLUMNS = List.of("row_number", "error_code", "error_message");

	/** Joins several codes or messages of one row. */
	static final String SEPARATOR = " | ";

	private final DialectCsvWriter csv;

	private ErrorsCsvWriter(DialectCsvWriter csv) {
		this.csv = csv;
	}

	/**
	 * Starts errors.csv for an upload and writes its header: the added columns, then the
	 * upload's header cells.
	 * @param out where to write; closed with the writer
	 * @param profile the upload's profile
	 * @return the writer
	 */
	public static ErrorsCsvWriter open(OutputStream out, FileProfile profile) {
		DialectCsvWriter csv = profile.openWriter(out);
		csv.write(ADDED_COLUMNS, profile.headerCells());
		return new ErrorsCsvWriter(csv);
	}

	/**
	 * Writes one failed row.
	 * @param rowNumber the row's number in the upload
	 * @param cells the row's cells exactly as read ({@link ImportRow#cells()})
	 * @param errors the row's errors, at least one
	 */
	public void write(int rowNumber, List<String> cells, List<RowError> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("Row " + rowNumber + " has no error to write");
		}
		this.csv.write(List.of(String.valueOf(rowNumber), codes(errors), messages(errors)), cells);
	}

	/**
	 * Writes one failed row.
	 * @param row the row as read
	 * @param errors the row's errors, at least one
	 */
	public void write(ImportRow row, List<RowError> errors) {
		write(row.rowNumber(), row.cells(), errors);
	}

	@Override
	public void close() throws IOException {
		this.csv.close();
	}

	static String codes(List<RowError> errors) {
		return errors.stream().map(error -> error.code().name()).collect(Collectors.joining(SEPARATOR));
	}

	static String messages(List<RowError> errors) {
		return errors.stream().map(RowError::message).collect(Collectors.joining(SEPARATOR));
	}

}

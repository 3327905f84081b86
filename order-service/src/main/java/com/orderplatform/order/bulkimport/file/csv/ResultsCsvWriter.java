package com.orderplatform.order.bulkimport.file.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.orderplatform.order.bulkimport.file.FileProfile;
import com.orderplatform.order.csv.DialectCsvWriter;

/**
 * Writes results.csv: every data row of an upload with what became of it, in the upload's
 * dialect. Columns: {@code row_number}, {@code result} ({@code imported} or
 * {@code failed}), {@code order_id}, {@code error_code}, {@code error_message},
 * {@code item_notes} (the notes the row's order item keeps, as stored: trimmed, a
 * spreadsheet's text prefix undone), then the uploaded cells, so each result can be
 * matched to its input without trusting row order. Streams.
 */
public final class ResultsCsvWriter implements Closeable {

	/** The columns added in front of the uploaded ones. */
	public static final List<String> ADDED_COLUMNS = List.of("row_number", "result", "order_id", "error_code",
			"error_message", "item_notes");

	private final DialectCsvWriter csv;

	private ResultsCsvWriter(DialectCsvWriter csv) {
		this.csv = csv;
	}

	/**
	 * Starts results.csv for an upload and writes its header.
	 * @param out where to write; closed with the writer
	 * @param profile the upload's profile
	 * @return the writer
	 */
	public static ResultsCsvWriter open(OutputStream out, FileProfile profile) {
		DialectCsvWriter csv = profile.openWriter(out);
		csv.write(ADDED_COLUMNS, profile.headerCells());
		return new ResultsCsvWriter(csv);
	}

	/**
	 * Writes one row's outcome.
	 * @param outcome the outcome
	 */
	public void write(RowOutcome outcome) {
		boolean imported = outcome.orderId() != null;
		this.csv.write(List.of(String.valueOf(outcome.rowNumber()), imported ? "imported" : "failed",
				imported ? String.valueOf(outcome.orderId()) : "", ErrorsCsvWriter.codes(outcome.errors()),
				ErrorsCsvWriter.messages(outcome.errors()), outcome.itemNotes()), outcome.cells());
	}

	@Override
	public void close() throws IOException {
		this.csv.close();
	}

}

package com.orderplatform.order.bulkimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.staging.ImportStagingReads;

/**
 * The staged errors and imported rows of a window of a chunk's worth of row numbers, read
 * as the file's rows pass by while a download streams, so memory does not grow with the
 * file. Rows must be asked for in ascending order.
 */
final class StagedRowWindow {

	private final ImportStagingReads staging;

	private final String jobId;

	private final int size;

	private int to = -1;

	private List<RowError> errors = List.of();

	private Map<Integer, ImportStagingReads.ImportedRow> imported = Map.of();

	private int next;

	StagedRowWindow(ImportStagingReads staging, String jobId, int size) {
		this.staging = staging;
		this.jobId = jobId;
		this.size = size;
	}

	/** The errors of a row, reading the next window once the row is past this one. */
	List<RowError> errorsOf(int rowNumber) {
		if (rowNumber >= this.to) {
			this.to = rowNumber + this.size;
			this.errors = this.staging.rowErrorsBetween(this.jobId, rowNumber, this.to);
			this.imported = this.staging.importedRowsBetween(this.jobId, rowNumber, this.to);
			this.next = 0;
		}
		List<RowError> found = new ArrayList<>();
		while (this.next < this.errors.size() && this.errors.get(this.next).rowNumber() <= rowNumber) {
			RowError error = this.errors.get(this.next++);
			if (error.rowNumber() == rowNumber) {
				found.add(error);
			}
		}
		return found;
	}

	/**
	 * The order and item notes of a row already passed to {@link #errorsOf}, {@code null}
	 * if it was not imported.
	 */
	ImportStagingReads.ImportedRow importedOf(int rowNumber) {
		return this.imported.get(rowNumber);
	}

}

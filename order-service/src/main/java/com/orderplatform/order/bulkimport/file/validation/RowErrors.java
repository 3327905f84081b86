package com.orderplatform.order.bulkimport.file.validation;

import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.bulkimport.file.ImportColumn;

/** A row's errors; allocates only when there is one. */
final class RowErrors {

	private final int rowNumber;

	private List<RowError> list;

	RowErrors(int rowNumber) {
		this.rowNumber = rowNumber;
	}

	void add(ImportColumn column, RowErrorCode code, String message) {
		add(RowError.of(this.rowNumber, column, code, message));
	}

	void add(RowError error) {
		if (this.list == null) {
			this.list = new ArrayList<>(2);
		}
		this.list.add(error);
	}

	boolean isEmpty() {
		return this.list == null;
	}

	List<RowError> list() {
		return (this.list != null) ? this.list : List.of();
	}

}

package com.orderplatform.order.bulkimport;

/**
 * The request conflicts with the job's state, or an Idempotency-Key was used for another
 * file.
 */
public class ImportConflictException extends RuntimeException {

	public ImportConflictException(String message) {
		super(message);
	}

}

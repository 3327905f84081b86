package com.orderplatform.order.bulkimport;

/**
 * A running job stops: cancelling was asked for, or another runner took it over.
 */
class ImportStoppedException extends RuntimeException {

	ImportStoppedException(String jobId) {
		super("Import " + jobId + " stopped: cancelled or taken over by another runner");
	}

}

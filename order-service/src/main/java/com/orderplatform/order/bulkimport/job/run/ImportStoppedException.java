package com.orderplatform.order.bulkimport.job.run;

/**
 * A running job stops: cancelling was asked for, or another runner took it over.
 */
public class ImportStoppedException extends RuntimeException {

	public ImportStoppedException(String jobId) {
		super("Import " + jobId + " stopped: cancelled or taken over by another runner");
	}

}

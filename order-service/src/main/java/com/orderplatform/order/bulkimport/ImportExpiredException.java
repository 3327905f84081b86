package com.orderplatform.order.bulkimport;

import java.time.Duration;
import java.time.Instant;

/**
 * A finished import's file and rows were removed after the retention period
 * ({@link ImportRetention}); its counts and orders remain.
 */
public class ImportExpiredException extends RuntimeException {

	public ImportExpiredException(String jobId, Instant removedAt, Duration retention) {
		super("The file and rows of import " + jobId + " were removed at " + removedAt + ", " + retention.toDays()
				+ " days after it ended (OMS_IMPORT_RETENTION); its counts and orders remain");
	}

}

package com.orderplatform.order.bulkimport;

import java.time.Instant;

import com.orderplatform.order.api.ImportJobStatus;

/**
 * A row of {@code import_jobs}: an uploaded file, how to import it and how far it got.
 */
record ImportJob(String id, String filename, String sha256, long fileSize, String idempotencyKey,
		ImportJobStatus status, String phase, boolean dryRun, String notifyMode, String errorPolicy, String maxErrors,
		String requestedEncoding, String encoding, String delimiter, Integer totalRows, int processedRows,
		int successRows, int failedRows, int orderCount, int failedOrderCount, String warnings, String errorCode,
		String error, boolean cancelRequested, String createdBy, Instant createdAt, Instant startedAt,
		Instant finishedAt, Instant updatedAt, String claimedBy, Instant claimedUntil) {

	/** The options of an upload, checked. */
	record Options(boolean dryRun, String notifyMode, String errorPolicy, String maxErrors, String requestedEncoding,
			String idempotencyKey) {
	}

	static ImportJob queued(String id, String filename, String sha256, long fileSize, Options options, String createdBy,
			Instant at) {
		return new ImportJob(id, filename, sha256, fileSize, options.idempotencyKey(), ImportJobStatus.QUEUED, null,
				options.dryRun(), options.notifyMode(), options.errorPolicy(), options.maxErrors(),
				options.requestedEncoding(), null, null, null, 0, 0, 0, 0, 0, null, null, null, false, createdBy, at,
				null, null, at, null, null);
	}

}

package com.orderplatform.order.bulkimport.job;

import java.util.Arrays;

/**
 * The downstream service an import waits for while it cannot be reached, as stored in
 * {@code import_jobs.waiting_for} and shown in the job's {@code phase} while it waits.
 */
public enum WaitFor {

	/** The payment service: a chunk's batch payment could not be sent. */
	PAYMENTS("payments", "waiting_for_payments", "payment service"),

	/** The notification service: the confirmations could not be queued or counted. */
	NOTIFICATIONS("notifications", "waiting_for_notifications", "notification service");

	private final String db;

	private final String phase;

	private final String label;

	WaitFor(String db, String phase, String label) {
		this.db = db;
		this.phase = phase;
		this.label = label;
	}

	public String db() {
		return this.db;
	}

	/** The job's phase while it waits. */
	public String phase() {
		return this.phase;
	}

	/** The service's name in messages. */
	public String label() {
		return this.label;
	}

	public static WaitFor of(String db) {
		return Arrays.stream(values())
			.filter(service -> service.db.equals(db))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown waiting_for '" + db + "'"));
	}

}

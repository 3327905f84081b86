package com.orderplatform.order.bulkimport.job;

import java.util.Arrays;

/**
 * What the next run of a job does ({@code import_jobs.run_mode}), so a job taken up again
 * (after a restart, a wait or a retry) carries on where it belongs.
 */
public enum ImportRunMode {

	/** Validate the file, then create the orders: a new upload or a confirmed dry run. */
	IMPORT("import"),

	/** Go on creating the orders after the checkpoint: processing has started. */
	RESUME("resume"),

	/** Charge the job's pending orders again, then end: a retry of an ended import. */
	RECHARGE("recharge");

	private final String db;

	ImportRunMode(String db) {
		this.db = db;
	}

	public String db() {
		return this.db;
	}

	public static ImportRunMode of(String db) {
		return Arrays.stream(values())
			.filter(mode -> mode.db.equals(db))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown run_mode '" + db + "'"));
	}

}

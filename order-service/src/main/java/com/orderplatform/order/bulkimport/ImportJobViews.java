package com.orderplatform.order.bulkimport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;

import org.springframework.stereotype.Component;

/**
 * A job as the API shows it ({@link ImportJobView}): its progress as a fraction that only
 * grows, its rate and time left, its place in the queue and the outage it waits out. Kept
 * apart from the service so the progress maths has one home.
 */
@Component
class ImportJobViews {

	/**
	 * The share of a real import's progress its validation takes (about a fifth of its
	 * time).
	 */
	static final double VALIDATION_SHARE = 0.2;

	private final ImportJobRepository jobs;

	private final Clock clock;

	ImportJobViews(ImportJobRepository jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	ImportJobView view(ImportJob job) {
		Instant now = this.clock.instant();
		Integer position = (job.status() == ImportJobStatus.QUEUED) ? this.jobs.queuePosition(job) : null;
		Double rate = null;
		Long eta = null;
		int phaseRows = phaseRows(job);
		if (job.startedAt() != null) {
			Instant end = (job.finishedAt() != null) ? job.finishedAt() : now;
			double seconds = Math.max(Duration.between(job.startedAt(), end).toMillis(), 1) / 1000.0;
			rate = Math.round(job.processedRows() / seconds * 10) / 10.0;
			if (!job.status().finished() && !job.parked() && rate > 0 && phaseRows > 0) {
				eta = (long) Math.ceil(Math.max(phaseRows - job.processedRows(), 0) / rate);
			}
		}
		ImportJob.Waiting waiting = (job.status() == ImportJobStatus.PROCESSING) ? job.waiting() : null;
		return new ImportJobView(job.id(), job.filename(), job.sha256(), job.status(), job.phase(), job.dryRun(),
				job.notifyMode().value(), job.errorPolicy().value(), job.maxErrors().value(), job.encoding(),
				job.delimiter(), job.reading().format(), job.reading().sheet(), job.reading().profile(),
				job.totalRows(), job.processedRows(), job.successRows(), job.failedRows(), job.orderCount(),
				job.failedOrderCount(), progress(job.status(), job.dryRun(), job.processedRows(), phaseRows), rate, eta,
				position, (waiting != null) ? waiting.reason() : null, (waiting != null) ? waiting.since() : null,
				(waiting != null) ? waiting.nextAttemptAt() : null, warnings(job), job.errorCode(), job.error(),
				job.createdBy(), job.createdAt(), job.startedAt(), job.finishedAt(), job.updatedAt());
	}

	/**
	 * The rows the current phase works through: all rows when validating, the valid ones
	 * when importing.
	 */
	private static int phaseRows(ImportJob job) {
		if (job.totalRows() == null) {
			return 0;
		}
		return (job.status() == ImportJobStatus.PROCESSING) ? Math.max(job.totalRows() - job.failedRows(), 0)
				: job.totalRows();
	}

	/**
	 * The contract's progress, a fraction (0…1) that only grows: a real import spends
	 * {@value #VALIDATION_SHARE} of it validating and the rest importing the valid rows;
	 * a dry run all of it validating. A running job never shows 1.
	 */
	static double progress(ImportJobStatus status, boolean dryRun, int processedRows, int phaseRows) {
		if (status.finished()) {
			return 1.0;
		}
		if (phaseRows == 0) {
			return 0.0;
		}
		double done = Math.min(1.0, (double) processedRows / phaseRows);
		double fraction;
		if (dryRun) {
			fraction = done;
		}
		else if (status == ImportJobStatus.PROCESSING) {
			fraction = VALIDATION_SHARE + (1 - VALIDATION_SHARE) * done;
		}
		else {
			fraction = VALIDATION_SHARE * done;
		}
		return Math.min(0.999, Math.floor(fraction * 1000) / 1000);
	}

	private static List<String> warnings(ImportJob job) {
		if (job.status() == ImportJobStatus.NEEDS_MAPPING && job.reading().profile() != null) {
			return List.of("The file lacks columns the profile \"" + job.reading().profile()
					+ "\" reads; map its columns (the profile's mapping is suggested).");
		}
		return (job.warnings() != null) ? Arrays.asList(job.warnings().split("\n")) : List.of();
	}

}

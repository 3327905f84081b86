package com.orderplatform.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;

/**
 * One CSV import (or dry run) timed end to end from the client: upload → the job's end,
 * then → every payment recorded and every confirmation queued. The job is polled every
 * {@link #POLL}; the time each status and phase was first seen gives the phase breakdown.
 */
final class ImportBench {

	static final Duration POLL = Duration.ofMillis(50);

	private final PlatformApi api;

	private final Duration timeout;

	ImportBench(PlatformApi api, Duration timeout) {
		this.api = api;
		this.timeout = timeout;
	}

	/**
	 * Imports a file (a new job even if it was imported before) and waits for its
	 * effects.
	 * @param file the file
	 * @return the timings
	 */
	ImportRun importFile(OrderCsvGenerator.GeneratedFile file) {
		return importFile(file, "per_order");
	}

	/**
	 * Imports a file with the given {@code notify}; the confirmations are awaited only
	 * for {@code per_order}.
	 * @param file the file
	 * @param notify {@code per_order}, {@code summary} or {@code none}
	 * @return the timings
	 */
	ImportRun importFile(OrderCsvGenerator.GeneratedFile file, String notify) {
		long start = System.nanoTime();
		String job = this.api.upload(file.path(), Map.of("force", "true", "notify", notify));
		Map<String, Double> phases = new LinkedHashMap<>();
		JsonNode finished = awaitEnd(job, start, phases);
		double seconds = seconds(start);
		String status = finished.get("status").asString();
		if (!status.startsWith("completed")) {
			throw new IllegalStateException("Import " + job + " of " + file.path() + " ended " + status + ": "
					+ finished.path("error").asString(""));
		}
		expect(job, "success_rows", finished.get("success_rows").asLong(), file.validRows());
		expect(job, "failed_rows", finished.get("failed_rows").asLong(), file.rows() - file.validRows());
		awaitTotal(job, "payments", () -> this.api.paymentTotal("/api/v1/payments?limit=1&batch_id=" + job),
				file.validRows());
		if ("per_order".equals(notify)) {
			awaitTotal(job, "notifications",
					() -> this.api.notificationTotal("/api/v1/notifications?limit=1&batch_id=" + job),
					file.validRows());
		}
		return new ImportRun(job, seconds, seconds(start), serverSeconds(finished), phases);
	}

	/**
	 * Validates a file without importing it ({@code dry_run=true}).
	 * @param file the file
	 * @return the timings
	 */
	ImportRun dryRun(OrderCsvGenerator.GeneratedFile file) {
		long start = System.nanoTime();
		String job = this.api.upload(file.path(), Map.of("force", "true", "dry_run", "true"));
		Map<String, Double> phases = new LinkedHashMap<>();
		JsonNode finished = awaitEnd(job, start, phases);
		double seconds = seconds(start);
		String status = finished.get("status").asString();
		if (!"validated".equals(status)) {
			throw new IllegalStateException(
					"Dry run " + job + " ended " + status + ": " + finished.path("error").asString(""));
		}
		expect(job, "success_rows", finished.get("success_rows").asLong(), file.validRows());
		return new ImportRun(job, seconds, seconds, serverSeconds(finished), phases);
	}

	private JsonNode awaitEnd(String job, long start, Map<String, Double> phases) {
		long deadline = start + this.timeout.toNanos();
		while (true) {
			JsonNode view = this.api.getOrder("/api/v1/imports/" + job);
			String status = view.get("status").asString();
			JsonNode phase = view.path("phase");
			String key = (phase.isNull() || phase.isMissingNode()) ? status : status + "/" + phase.asString();
			phases.putIfAbsent(key, Math.round(seconds(start) * 1000) / 1000.0);
			if (!view.path("finished_at").isNull() && !view.path("finished_at").isMissingNode()) {
				return view;
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("Import " + job + " not finished after " + this.timeout + ": " + view);
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

	private void awaitTotal(String job, String what, java.util.function.LongSupplier total, long expected) {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		long seen;
		while ((seen = total.getAsLong()) < expected) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Import " + job + ": " + seen + " of " + expected + " " + what + " after " + this.timeout);
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
		expect(job, what, seen, expected);
	}

	private static void expect(String job, String what, long actual, long expected) {
		if (actual != expected) {
			throw new IllegalStateException("Import " + job + ": " + what + " " + actual + ", expected " + expected);
		}
	}

	private static double serverSeconds(JsonNode view) {
		Instant created = Instant.parse(view.get("created_at").asString());
		Instant finished = Instant.parse(view.get("finished_at").asString());
		return Duration.between(created, finished).toNanos() / 1e9;
	}

	static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	/**
	 * The timings of one import.
	 *
	 * @param job the job's id
	 * @param seconds upload → the job's end, as the client saw it
	 * @param allRecordedSeconds upload → every payment recorded and every confirmation
	 * queued
	 * @param serverSeconds the job's {@code created_at} → {@code finished_at}
	 * @param phases status/phase → the time it was first seen (seconds after the upload
	 * started)
	 */
	record ImportRun(String job, double seconds, double allRecordedSeconds, double serverSeconds,
			Map<String, Double> phases) {
	}

}

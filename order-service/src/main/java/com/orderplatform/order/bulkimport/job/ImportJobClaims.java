package com.orderplatform.order.bulkimport.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.orderplatform.common.lease.Candidates;
import com.orderplatform.common.lease.Candidates.Takeover;
import com.orderplatform.common.lease.Lease;
import com.orderplatform.common.lease.Leases;
import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.orderplatform.order.bulkimport.job.ImportJobRepository.NO_WAITING;
import static com.orderplatform.order.bulkimport.job.ImportJobRepository.RUNNING;
import static com.orderplatform.order.bulkimport.job.ImportJobRepository.db;
import static com.orderplatform.order.bulkimport.job.ImportJobRows.text;

/**
 * The runner's side of {@code import_jobs}, on the platform's shared lease helper
 * ({@link Leases}): a runner takes a job with a claim and a lease, so two runners never
 * run one job, and a job whose runner died is taken again once its lease has ended. Every
 * later write (a checkpoint, a wait, the end) holds only while the job is still this
 * runner's, so a runner that lost its job changes nothing. A job parked while it waits
 * for a downstream service keeps its claim (the lease runs until its next attempt plus
 * one lease), holds no worker, does not count as running, and is taken again once its
 * next attempt is due. What is the import's own is only data: which jobs are claimable,
 * which count as running, and what a claim sets.
 */
@Repository
public class ImportJobClaims {

	/**
	 * Queued jobs, and running ones once a parked job's next attempt is due; besides,
	 * their lease must have ended or be this instance's (before a restart, or parked).
	 */
	private static final String CLAIMABLE = "status = 'queued' OR (status IN " + RUNNING
			+ " AND (next_attempt_at IS NULL OR next_attempt_at <= :now))";

	/**
	 * A queued job starts validating, or (retried after processing had started)
	 * processing; a parked one is no longer parked.
	 */
	private static final String STARTING = """
			status = CASE WHEN status <> 'queued' THEN status WHEN run_mode = 'import' THEN 'validating'
			    ELSE 'processing' END,
			next_attempt_at = NULL, started_at = COALESCE(started_at, :now), updated_at = :now""";

	private static final Candidates CANDIDATES = Candidates.where(CLAIMABLE, Map.of())
		.orderBy("created_at, id")
		.takingOver(Takeover.EXPIRED_OR_HELD)
		.alsoSetting(STARTING);

	private static final String LIVE = "status IN " + RUNNING + " AND cancel_requested = FALSE";

	/** Jobs that occupy a runner: running and not parked (a parked job holds none). */
	private static final String OCCUPYING = "status IN " + RUNNING + " AND next_attempt_at IS NULL";

	private final JdbcClient jdbc;

	private final Leases leases;

	public ImportJobClaims(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.leases = new Leases(jdbc, SqlDialect.of(dataSource), "import_jobs");
	}

	/** Jobs a runner may take, oldest first, without taking them. */
	public List<String> claimable(String instanceId, Instant now, int limit) {
		return this.leases.claimable(CANDIDATES, limit, instanceId, now, String.class);
	}

	/**
	 * Takes a job if it is still claimable, starting it: a queued job starts validating
	 * (or processing), a parked one is no longer parked.
	 * @return whether this runner has it now
	 */
	public boolean claim(String id, String instanceId, Instant now, Instant until) {
		return this.leases.claim(id, CANDIDATES, new Lease(instanceId, now, until));
	}

	/** Jobs running now on any instance, their leases live; parked ones do not count. */
	public int running(Instant now) {
		return this.leases.countHeld(OCCUPYING, Map.of(), now);
	}

	/**
	 * Renews the lease of a running job this runner holds, whatever its progress.
	 * @return {@code false} when it is no longer this runner's (taken over, ended,
	 * parked)
	 */
	public boolean heartbeat(String id, String instanceId, Instant until) {
		return this.leases.renew(id, instanceId, until, null, OCCUPYING, Map.of());
	}

	/** Gives back every job this instance holds but those it still runs. */
	public int releaseAll(String instanceId, Collection<String> stillRunning) {
		return this.leases.releaseAll(instanceId, stillRunning);
	}

	/**
	 * Records progress and the checkpoint, and renews the lease.
	 * @param checkpointKey where the run has got to, {@code null} while validating
	 * @return {@code false} when the job is no longer this runner's, or cancelling was
	 * asked for
	 */
	public boolean progress(String id, String instanceId, String phase, int processedRows, String checkpointKey,
			Instant now, Instant until) {
		return this.leases.renew(id, instanceId, until,
				"phase = :phase, processed_rows = :processed, checkpoint_key = :checkpoint, updated_at = :now", LIVE,
				Map.of("phase", text(phase), "processed", processedRows, "checkpoint", text(checkpointKey), "now",
						Timestamp.from(now)));
	}

	/**
	 * Parks a processing job this runner holds until its next attempt: it stays
	 * {@code processing}, its phase says what it waits for, and its lease runs until the
	 * next attempt plus {@code lease}, so another runner takes it over only if this one
	 * is gone by then.
	 * @param waiting the outage, with its next attempt
	 * @return {@code false} when the job is no longer this runner's or cancelling was
	 * asked for
	 */
	public boolean park(String id, String instanceId, ImportJob.Waiting waiting, Instant now, Instant until) {
		return this.leases.renew(id, instanceId, until, """
				phase = :phase, waiting_for = :service, waiting_reason = :reason, waiting_since = :since,
				wait_attempts = :attempts, next_attempt_at = :next, updated_at = :now""",
				"status = 'processing' AND cancel_requested = FALSE",
				Map.of("phase", waiting.service().phase(), "service", waiting.service().db(), "reason",
						text(waiting.reason()), "since", Timestamp.from(waiting.since()), "attempts",
						waiting.attempts(), "next", Timestamp.from(waiting.nextAttemptAt()), "now",
						Timestamp.from(now)));
	}

	/** The service a job waited for answered: its outage is over. */
	public void endOutage(String id, String instanceId, Instant now) {
		this.leases.updateHeld(id, instanceId, NO_WAITING + ", updated_at = :now", null,
				Map.of("now", Timestamp.from(now)));
	}

	public void recordProfile(String id, String encoding, String delimiter, String warnings, int totalRows,
			Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET encoding = :encoding, delimiter = :delimiter, warnings = :warnings,
				    total_rows = :total, updated_at = :now WHERE id = :id""")
			.param("id", id)
			.param("encoding", encoding)
			.param("delimiter", delimiter)
			.param("warnings", text(warnings))
			.param("total", totalRows)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A validated job this runner holds goes on to create its orders, from the start. */
	public boolean startProcessing(String id, String instanceId, ImportJobRepository.Outcome validated, Instant now) {
		return this.leases.updateHeld(id, instanceId, """
				status = 'processing', phase = 'importing', run_mode = 'resume', checkpoint_key = NULL,
				processed_rows = 0, success_rows = 0, failed_rows = :failed, order_count = :orders,
				failed_order_count = :failedOrders, updated_at = :now""", "status = 'validating'",
				Map.of("failed", validated.failedRows(), "orders", validated.orderCount(), "failedOrders",
						validated.failedOrderCount(), "now", Timestamp.from(now)));
	}

	/** Ends a job this runner holds, and its lease. */
	public void finish(String id, String instanceId, ImportJobRepository.Outcome outcome, Instant now) {
		this.leases.finish(id, instanceId, """
				status = :status, phase = NULL, processed_rows = :processed, success_rows = :success,
				failed_rows = :failed, order_count = :orders, failed_order_count = :failedOrders,
				error_code = :code, error = :error, finished_at = :now, updated_at = :now, """ + NO_WAITING,
				"status IN " + RUNNING,
				Map.of("status", db(outcome.status()), "processed", outcome.processedRows(), "success",
						outcome.successRows(), "failed", outcome.failedRows(), "orders", outcome.orderCount(),
						"failedOrders", outcome.failedOrderCount(), "code", text(outcome.errorCode()), "error",
						text(outcome.error()), "now", Timestamp.from(now)));
	}

	/**
	 * Ends a job this runner holds as {@code failed} on an unexpected error, keeping its
	 * counts, run mode and checkpoint, so a retry goes on from there.
	 */
	public void fail(String id, String instanceId, String error, Instant now) {
		this.leases.finish(id, instanceId, """
				status = 'failed', phase = NULL, error_code = :code, error = :error, finished_at = :now,
				updated_at = :now, """ + NO_WAITING, "status IN " + RUNNING,
				Map.of("code", ImportJob.INTERNAL_ERROR, "error", text(error), "now", Timestamp.from(now)));
	}

}

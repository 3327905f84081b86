package com.orderplatform.order.bulkimport.job;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.orderplatform.order.bulkimport.job.ImportJobRepository.NO_WAITING;
import static com.orderplatform.order.bulkimport.job.ImportJobRepository.RUNNING;
import static com.orderplatform.order.bulkimport.job.ImportJobRepository.db;

/**
 * The runner's side of {@code import_jobs}. A runner takes a job with a conditional
 * update (a claim with a lease), so two runners never run one job, and a job whose runner
 * died is taken again once its lease has expired. Every later write (a checkpoint, a
 * wait, the end) holds only while the job is still this runner's, so a runner that lost
 * its job changes nothing. A job parked while it waits for a downstream service keeps its
 * claim (the lease runs until its next attempt plus one lease), holds no worker, and is
 * taken again once its next attempt is due.
 */
@Repository
public class ImportJobClaims {

	private static final String CLAIMABLE = "(status = 'queued' OR (status IN " + RUNNING
			+ " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)"
			+ " AND (claimed_until < :now OR claimed_by = :me)))";

	private final JdbcClient jdbc;

	public ImportJobClaims(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Jobs a runner may take, oldest first: queued ones, and running ones whose lease has
	 * expired or that were claimed under this instance's name (before a restart, or
	 * parked), once a parked job's next attempt is due.
	 */
	public List<String> claimable(String instanceId, Instant now, int limit) {
		return this.jdbc.sql("SELECT id FROM import_jobs WHERE " + CLAIMABLE + " ORDER BY created_at, id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("me", instanceId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * Takes a job if it is still claimable. A queued job starts validating, or (retried
	 * after processing had started) processing; a parked one is no longer parked.
	 * @return whether this runner has it now
	 */
	public boolean claim(String id, String instanceId, Instant now, Instant until) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = CASE WHEN status <> 'queued' THEN status
				        WHEN run_mode = 'import' THEN 'validating' ELSE 'processing' END,
				    next_attempt_at = NULL, claimed_by = :me, claimed_until = :until,
				    started_at = COALESCE(started_at, :now), updated_at = :now
				WHERE id = :id AND """ + CLAIMABLE)
			.param("id", id)
			.param("me", instanceId)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update() == 1;
	}

	/**
	 * Records progress and the checkpoint, and renews the lease.
	 * @param checkpointKey where the run has got to, {@code null} while validating
	 * @return {@code false} when the job is no longer this runner's, or cancelling was
	 * asked for
	 */
	public boolean progress(String id, String instanceId, String phase, int processedRows, String checkpointKey,
			Instant now, Instant until) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET phase = :phase, processed_rows = :processed, checkpoint_key = :checkpoint,
				    claimed_until = :until, updated_at = :now
				WHERE id = :id AND claimed_by = :me AND status IN %s AND cancel_requested = FALSE""".formatted(RUNNING))
			.param("id", id)
			.param("me", instanceId)
			.param("phase", phase)
			.param("processed", processedRows)
			.param("checkpoint", new SqlParameterValue(Types.VARCHAR, checkpointKey))
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update() == 1;
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
		return this.jdbc.sql("""
				UPDATE import_jobs SET phase = :phase, waiting_for = :service, waiting_reason = :reason,
				    waiting_since = :since, wait_attempts = :attempts, next_attempt_at = :next,
				    claimed_until = :until, updated_at = :now
				WHERE id = :id AND claimed_by = :me AND status = 'processing' AND cancel_requested = FALSE""")
			.param("id", id)
			.param("me", instanceId)
			.param("phase", waiting.service().phase())
			.param("service", waiting.service().db())
			.param("reason", waiting.reason())
			.param("since", Timestamp.from(waiting.since()))
			.param("attempts", waiting.attempts())
			.param("next", Timestamp.from(waiting.nextAttemptAt()))
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update() == 1;
	}

	/** The service a job waited for answered: its outage is over. */
	public void endOutage(String id, String instanceId, Instant now) {
		this.jdbc
			.sql("UPDATE import_jobs SET " + NO_WAITING + ", updated_at = :now WHERE id = :id AND claimed_by = :me")
			.param("id", id)
			.param("me", instanceId)
			.param("now", Timestamp.from(now))
			.update();
	}

	public void recordProfile(String id, String encoding, String delimiter, String warnings, int totalRows,
			Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET encoding = :encoding, delimiter = :delimiter, warnings = :warnings,
				    total_rows = :total, updated_at = :now WHERE id = :id""")
			.param("id", id)
			.param("encoding", encoding)
			.param("delimiter", delimiter)
			.param("warnings", new SqlParameterValue(Types.VARCHAR, warnings))
			.param("total", totalRows)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A validated job this runner holds goes on to create its orders, from the start. */
	public boolean startProcessing(String id, String instanceId, ImportJobRepository.Outcome validated, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'processing', phase = 'importing', run_mode = 'resume',
				    checkpoint_key = NULL, processed_rows = 0, success_rows = 0, failed_rows = :failed,
				    order_count = :orders, failed_order_count = :failedOrders, updated_at = :now
				WHERE id = :id AND claimed_by = :me AND status = 'validating'""")
			.param("id", id)
			.param("me", instanceId)
			.param("failed", validated.failedRows())
			.param("orders", validated.orderCount())
			.param("failedOrders", validated.failedOrderCount())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Ends a job this runner holds. */
	public void finish(String id, String instanceId, ImportJobRepository.Outcome outcome, Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET status = :status, phase = NULL, processed_rows = :processed,
				    success_rows = :success, failed_rows = :failed, order_count = :orders,
				    failed_order_count = :failedOrders, error_code = :code, error = :error, finished_at = :now,
				    updated_at = :now, claimed_by = NULL, claimed_until = NULL, %s
				WHERE id = :id AND claimed_by = :me AND status IN %s""".formatted(NO_WAITING, RUNNING))
			.param("id", id)
			.param("me", instanceId)
			.param("status", db(outcome.status()))
			.param("processed", outcome.processedRows())
			.param("success", outcome.successRows())
			.param("failed", outcome.failedRows())
			.param("orders", outcome.orderCount())
			.param("failedOrders", outcome.failedOrderCount())
			.param("code", new SqlParameterValue(Types.VARCHAR, outcome.errorCode()))
			.param("error", new SqlParameterValue(Types.VARCHAR, outcome.error()))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Ends a job this runner holds as {@code failed} on an unexpected error, keeping its
	 * counts, run mode and checkpoint, so a retry goes on from there.
	 */
	public void fail(String id, String instanceId, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET status = 'failed', phase = NULL, error_code = :code, error = :error,
				    finished_at = :now, updated_at = :now, claimed_by = NULL, claimed_until = NULL, %s
				WHERE id = :id AND claimed_by = :me AND status IN %s""".formatted(NO_WAITING, RUNNING))
			.param("id", id)
			.param("me", instanceId)
			.param("code", ImportJob.INTERNAL_ERROR)
			.param("error", error)
			.param("now", Timestamp.from(now))
			.update();
	}

}

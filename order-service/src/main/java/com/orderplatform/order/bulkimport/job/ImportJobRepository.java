package com.orderplatform.order.bulkimport.job;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.orderplatform.order.bulkimport.job.ImportJobRows.text;
import static com.orderplatform.order.bulkimport.job.ImportJobRows.time;

/**
 * The durable job queue ({@code import_jobs}) as users see and change it: jobs stored,
 * found and listed, queue positions, and the moves {@link ImportJob} decided for a
 * request (confirm, retry, map, cancel), each stored only while the job is still in the
 * state the decision was made on. The runner's side (claims, checkpoints, waits, ends) is
 * {@link ImportJobClaims}.
 */
@Repository
public class ImportJobRepository {

	/** The running states as SQL, {@code ('validating', 'processing')}. */
	static final String RUNNING = "('" + ImportJobState.VALIDATING.dbValue() + "', '"
			+ ImportJobState.PROCESSING.dbValue() + "')";

	/** Clears a job's outage and parking. */
	static final String NO_WAITING = "waiting_for = NULL, waiting_reason = NULL, waiting_since = NULL,"
			+ " wait_attempts = 0, next_attempt_at = NULL";

	private static final String WAITING = "waiting_for = :waitingFor, waiting_reason = :waitingReason,"
			+ " waiting_since = :waitingSince, wait_attempts = :waitAttempts, next_attempt_at = :nextAttemptAt";

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ImportJob job) {
		ImportJobRows.reading(this.jdbc.sql("""
				INSERT INTO import_jobs (id, filename, sha256, file_size, idempotency_key, status, dry_run, notify,
				    error_policy, max_errors, requested_encoding, created_by, created_at, updated_at, file_format,
				    sheet, profile_name, column_mapping)
				VALUES (:id, :filename, :sha256, :size, :key, :status, :dryRun, :notify, :policy, :maxErrors,
				    :encoding, :createdBy, :at, :at, :format, :sheet, :profile, :mapping)"""), job.reading())
			.param("id", job.id())
			.param("filename", job.filename())
			.param("sha256", job.sha256())
			.param("size", job.fileSize())
			.param("key", text(job.idempotencyKey()))
			.param("status", job.state().dbValue())
			.param("dryRun", job.dryRun())
			.param("notify", job.notifyMode().value())
			.param("policy", job.errorPolicy().value())
			.param("maxErrors", text(job.maxErrors().value()))
			.param("encoding", text(job.requestedEncoding()))
			.param("createdBy", job.createdBy())
			.param("at", Timestamp.from(job.createdAt()))
			.update();
	}

	public Optional<ImportJob> find(String id) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE id = :id")
			.param("id", id)
			.query(ImportJobRows::job)
			.optional();
	}

	public Optional<ImportJob> findByIdempotencyKey(String key) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE idempotency_key = :key")
			.param("key", key)
			.query(ImportJobRows::job)
			.optional();
	}

	/**
	 * The newest job of a file that is queued, running, ended without failing, or failed
	 * on an unexpected error (it may have created orders; retry it instead of importing
	 * the file again).
	 * @param sha256 the file's digest
	 * @param realOnly whether only real imports count (a confirmed dry run is one), not
	 * dry runs
	 * @return the job, if any
	 */
	public Optional<ImportJob> findReusable(String sha256, boolean realOnly) {
		return this.jdbc
			.sql("SELECT * FROM import_jobs WHERE sha256 = :sha256 AND (status NOT IN (:failed, :cancelled)"
					+ " OR error_code = :internal)" + (realOnly ? " AND dry_run = :dryRun" : "")
					+ " ORDER BY created_at DESC, id DESC LIMIT 1")
			.param("sha256", sha256)
			.param("failed", ImportJobState.FAILED.dbValue())
			.param("cancelled", ImportJobState.CANCELLED.dbValue())
			.param("internal", ImportJob.INTERNAL_ERROR)
			.param("dryRun", false)
			.query(ImportJobRows::job)
			.optional();
	}

	public List<ImportJob> page(int skip, int limit) {
		return this.jdbc.sql("SELECT * FROM import_jobs ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("limit", limit)
			.param("skip", skip)
			.query(ImportJobRows::job)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_jobs").query(Long.class).single();
	}

	/** 1 for the oldest queued job. */
	public int queuePosition(ImportJob job) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM import_jobs WHERE status = :queued
				AND (created_at < :at OR (created_at = :at AND id <= :id))""")
			.param("queued", ImportJobState.QUEUED.dbValue())
			.param("at", Timestamp.from(job.createdAt()))
			.param("id", job.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * Stores a job queued again ({@link ImportJob#confirmed}, {@link ImportJob#retried},
	 * {@link ImportJob#mapped}) if it is still in the state the decision was made on.
	 * @param queued the job as the move leaves it
	 * @param from the state it was in
	 * @return whether it is queued now
	 */
	public boolean requeue(ImportJob queued, ImportJobState from) {
		String sql = """
				UPDATE import_jobs SET status = :status, phase = :phase, dry_run = :dryRun, run_mode = :mode,
				    checkpoint_key = :checkpoint, error_code = :code, error = :error, finished_at = :finished,
				    cancel_requested = :cancel, claimed_by = :claimedBy, claimed_until = :claimedUntil, %s,
				    updated_at = :now, %s
				WHERE id = :id AND status = :from""".formatted(WAITING, ImportJobRows.READING);
		return ImportJobRows.reading(ImportJobRows.waiting(this.jdbc.sql(sql), queued.waiting()), queued.reading())
			.param("id", queued.id())
			.param("status", queued.state().dbValue())
			.param("phase", text(queued.phase()))
			.param("dryRun", queued.dryRun())
			.param("mode", queued.runMode().db())
			.param("checkpoint", text(queued.checkpointKey()))
			.param("code", text(queued.errorCode()))
			.param("error", text(queued.error()))
			.param("finished", time(queued.finishedAt()))
			.param("cancel", queued.cancelRequested())
			.param("claimedBy", text(queued.claimedBy()))
			.param("claimedUntil", time(queued.claimedUntil()))
			.param("from", from.dbValue())
			.param("now", Timestamp.from(queued.updatedAt()))
			.update() == 1;
	}

	/**
	 * Stores a cancellation the job decided ({@link ImportJob#cancelled}), if the job is
	 * still as it was: a queued or parked job ended (a runner's claim clears
	 * {@code next_attempt_at}, so a claim and a cancel never both win), or a running one
	 * asked to stop.
	 * @param cancelled the job as the cancellation leaves it
	 * @param decidedOn the job it was decided on
	 * @return whether it is stored
	 */
	public boolean cancel(ImportJob cancelled, ImportJob decidedOn) {
		String asDecided = "id = :id AND status = :from AND next_attempt_at IS "
				+ (decidedOn.parked() ? "NOT NULL" : "NULL");
		JdbcClient.StatementSpec update = (cancelled.state() == ImportJobState.CANCELLED) ? ended(cancelled, asDecided)
				: this.jdbc
					.sql("UPDATE import_jobs SET cancel_requested = :cancel, updated_at = :now WHERE " + asDecided)
					.param("cancel", cancelled.cancelRequested());
		return update.param("id", cancelled.id())
			.param("from", decidedOn.state().dbValue())
			.param("now", Timestamp.from(cancelled.updatedAt()))
			.update() == 1;
	}

	private JdbcClient.StatementSpec ended(ImportJob cancelled, String where) {
		return ImportJobRows.waiting(this.jdbc.sql("""
				UPDATE import_jobs SET status = :status, phase = :phase, finished_at = :finished,
				    claimed_by = :claimedBy, claimed_until = :claimedUntil, %s, updated_at = :now
				WHERE %s""".formatted(WAITING, where)), cancelled.waiting())
			.param("status", cancelled.state().dbValue())
			.param("phase", text(cancelled.phase()))
			.param("finished", time(cancelled.finishedAt()))
			.param("claimedBy", text(cancelled.claimedBy()))
			.param("claimedUntil", time(cancelled.claimedUntil()));
	}

	/** A state as {@link ImportJobClaims} writes it. */
	static String db(ImportJobState state) {
		return state.dbValue();
	}

	/** How a run ended. */
	public record Outcome(ImportJobState status, int processedRows, int successRows, int failedRows, int orderCount,
			int failedOrderCount, String errorCode, String error) {
	}

}

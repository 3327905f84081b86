package com.orderplatform.order.bulkimport.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.orderplatform.order.api.ImportJobStatus;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The durable job queue ({@code import_jobs}) as users see and change it: jobs stored,
 * found and listed, queue positions, and the transitions a request asks for (confirm,
 * retry, cancel), each a conditional update on the state it was decided on. The runner's
 * side (claims, checkpoints, waits, ends) is {@link ImportJobClaims}.
 */
@Repository
public class ImportJobRepository {

	public static final String RUNNING = "('validating', 'processing')";

	/** Clears a job's outage and parking. */
	public static final String NO_WAITING = "waiting_for = NULL, waiting_reason = NULL, waiting_since = NULL,"
			+ " wait_attempts = 0, next_attempt_at = NULL";

	private final JdbcClient jdbc;

	public ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ImportJob job) {
		this.jdbc.sql("""
				INSERT INTO import_jobs (id, filename, sha256, file_size, idempotency_key, status, dry_run, notify,
				    error_policy, max_errors, requested_encoding, created_by, created_at, updated_at)
				VALUES (:id, :filename, :sha256, :size, :key, :status, :dryRun, :notify, :policy, :maxErrors,
				    :encoding, :createdBy, :at, :at)""")
			.param("id", job.id())
			.param("filename", job.filename())
			.param("sha256", job.sha256())
			.param("size", job.fileSize())
			.param("key", new SqlParameterValue(Types.VARCHAR, job.idempotencyKey()))
			.param("status", db(job.status()))
			.param("dryRun", job.dryRun())
			.param("notify", job.notifyMode())
			.param("policy", job.errorPolicy())
			.param("maxErrors", new SqlParameterValue(Types.VARCHAR, job.maxErrors()))
			.param("encoding", new SqlParameterValue(Types.VARCHAR, job.requestedEncoding()))
			.param("createdBy", job.createdBy())
			.param("at", Timestamp.from(job.createdAt()))
			.update();
	}

	public Optional<ImportJob> find(String id) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE id = :id").param("id", id).query(this::job).optional();
	}

	public Optional<ImportJob> findByIdempotencyKey(String key) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE idempotency_key = :key")
			.param("key", key)
			.query(this::job)
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
			.sql("SELECT * FROM import_jobs WHERE sha256 = :sha256 AND (status NOT IN ('failed', 'cancelled')"
					+ " OR error_code = :internal)" + (realOnly ? " AND dry_run = :dryRun" : "")
					+ " ORDER BY created_at DESC, id DESC LIMIT 1")
			.param("sha256", sha256)
			.param("internal", ImportJob.INTERNAL_ERROR)
			.param("dryRun", false)
			.query(this::job)
			.optional();
	}

	public List<ImportJob> page(int skip, int limit) {
		return this.jdbc.sql("SELECT * FROM import_jobs ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("limit", limit)
			.param("skip", skip)
			.query(this::job)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_jobs").query(Long.class).single();
	}

	/** 1 for the oldest queued job. */
	public int queuePosition(ImportJob job) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM import_jobs WHERE status = 'queued'
				AND (created_at < :at OR (created_at = :at AND id <= :id))""")
			.param("at", Timestamp.from(job.createdAt()))
			.param("id", job.id())
			.query(Integer.class)
			.single();
	}

	/** Turns a validated dry run into a real import of the same file, queued again. */
	public boolean confirm(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'queued', dry_run = FALSE, phase = NULL, finished_at = NULL,
				    updated_at = :now WHERE id = :id AND status = 'validated' AND dry_run = TRUE""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Queues a job again as a retry decided ({@link ImportJob#retried}), if it is still
	 * in the state the decision was made on.
	 * @param retried the job as the retry leaves it
	 * @param from the state it was in
	 * @return whether it is queued now
	 */
	public boolean requeue(ImportJob retried, ImportJobStatus from) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'queued', phase = NULL, run_mode = :mode, checkpoint_key = :checkpoint,
				    error_code = NULL, error = NULL, finished_at = NULL, cancel_requested = FALSE, claimed_by = NULL,
				    claimed_until = NULL, %s, updated_at = :now
				WHERE id = :id AND status = :from""".formatted(NO_WAITING))
			.param("id", retried.id())
			.param("mode", retried.runMode().db())
			.param("checkpoint", new SqlParameterValue(Types.VARCHAR, retried.checkpointKey()))
			.param("from", db(from))
			.param("now", Timestamp.from(retried.updatedAt()))
			.update() == 1;
	}

	/**
	 * Cancels a job parked while it waits for a downstream service (no runner has it; a
	 * runner's claim clears {@code next_attempt_at}, so the two never both win).
	 * @return whether it was parked and is cancelled now
	 */
	public boolean cancelParked(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'cancelled', phase = NULL, finished_at = :now, updated_at = :now,
				    claimed_by = NULL, claimed_until = NULL, %s
				WHERE id = :id AND status = 'processing' AND next_attempt_at IS NOT NULL""".formatted(NO_WAITING))
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Cancels a job no runner has taken yet. */
	public boolean cancelQueued(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'cancelled', finished_at = :now, updated_at = :now
				WHERE id = :id AND status = 'queued'""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Asks the runner of a running job to stop after its current chunk. */
	public boolean requestCancel(String id, Instant now) {
		return this.jdbc
			.sql("UPDATE import_jobs SET cancel_requested = TRUE, updated_at = :now WHERE id = :id AND status IN "
					+ RUNNING)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	public static String db(ImportJobStatus status) {
		return status.name().toLowerCase(Locale.ROOT);
	}

	private ImportJob job(ResultSet rs, int rowNum) throws SQLException {
		return new ImportJob(rs.getString("id"), rs.getString("filename"), rs.getString("sha256"),
				rs.getLong("file_size"), rs.getString("idempotency_key"),
				ImportJobStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("phase"),
				rs.getBoolean("dry_run"), rs.getString("notify"), rs.getString("error_policy"),
				rs.getString("max_errors"), rs.getString("requested_encoding"), rs.getString("encoding"),
				rs.getString("delimiter"), totalRows(rs), rs.getInt("processed_rows"), rs.getInt("success_rows"),
				rs.getInt("failed_rows"), rs.getInt("order_count"), rs.getInt("failed_order_count"),
				rs.getString("warnings"), rs.getString("error_code"), rs.getString("error"),
				rs.getBoolean("cancel_requested"), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "started_at"), instant(rs, "finished_at"), instant(rs, "updated_at"),
				rs.getString("claimed_by"), instant(rs, "claimed_until"), ImportRunMode.of(rs.getString("run_mode")),
				rs.getString("checkpoint_key"), waiting(rs));
	}

	private static ImportJob.Waiting waiting(ResultSet rs) throws SQLException {
		String service = rs.getString("waiting_for");
		return (service != null)
				? new ImportJob.Waiting(WaitFor.of(service), rs.getString("waiting_reason"),
						instant(rs, "waiting_since"), rs.getInt("wait_attempts"), instant(rs, "next_attempt_at"))
				: null;
	}

	private static Integer totalRows(ResultSet rs) throws SQLException {
		int total = rs.getInt("total_rows");
		return rs.wasNull() ? null : total;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** How a run ended. */
	public record Outcome(ImportJobStatus status, int processedRows, int successRows, int failedRows, int orderCount,
			int failedOrderCount, String errorCode, String error) {
	}

}

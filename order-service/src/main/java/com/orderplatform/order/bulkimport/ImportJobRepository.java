package com.orderplatform.order.bulkimport;

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
 * The durable job queue ({@code import_jobs}). A runner takes a job with a conditional
 * update (a claim with a lease), so two runners never run one job, and a job whose runner
 * died is taken again once its lease has expired.
 */
@Repository
class ImportJobRepository {

	private static final String RUNNING = "('validating', 'processing')";

	private final JdbcClient jdbc;

	ImportJobRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ImportJob job) {
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

	Optional<ImportJob> find(String id) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE id = :id").param("id", id).query(this::job).optional();
	}

	Optional<ImportJob> findByIdempotencyKey(String key) {
		return this.jdbc.sql("SELECT * FROM import_jobs WHERE idempotency_key = :key")
			.param("key", key)
			.query(this::job)
			.optional();
	}

	/**
	 * The newest job of the same file that is queued, running or ended without failing.
	 */
	/**
	 * The newest job of a file that is queued, running or ended without failing.
	 * @param sha256 the file's digest
	 * @param realOnly whether only real imports count (a confirmed dry run is one), not
	 * dry runs
	 * @return the job, if any
	 */
	Optional<ImportJob> findReusable(String sha256, boolean realOnly) {
		return this.jdbc
			.sql("SELECT * FROM import_jobs WHERE sha256 = :sha256 AND status NOT IN ('failed', 'cancelled')"
					+ (realOnly ? " AND dry_run = :dryRun" : "") + " ORDER BY created_at DESC, id DESC LIMIT 1")
			.param("sha256", sha256)
			.param("dryRun", false)
			.query(this::job)
			.optional();
	}

	List<ImportJob> page(int skip, int limit) {
		return this.jdbc.sql("SELECT * FROM import_jobs ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :skip")
			.param("limit", limit)
			.param("skip", skip)
			.query(this::job)
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_jobs").query(Long.class).single();
	}

	/** 1 for the oldest queued job. */
	int queuePosition(ImportJob job) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM import_jobs WHERE status = 'queued'
				AND (created_at < :at OR (created_at = :at AND id <= :id))""")
			.param("at", Timestamp.from(job.createdAt()))
			.param("id", job.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * Jobs a runner may take, oldest first: queued ones, and running ones whose lease has
	 * expired or that were claimed under this instance's name before a restart.
	 */
	List<String> claimable(String instanceId, Instant now, int limit) {
		return this.jdbc
			.sql("SELECT id FROM import_jobs WHERE status = 'queued' OR (status IN " + RUNNING
					+ " AND (claimed_until < :now OR claimed_by = :me)) ORDER BY created_at, id LIMIT :limit")
			.param("now", Timestamp.from(now))
			.param("me", instanceId)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * Takes a job if it is still claimable; a queued job starts validating.
	 * @return whether this runner has it now
	 */
	boolean claim(String id, String instanceId, Instant now, Instant until) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = CASE WHEN status = 'queued' THEN 'validating' ELSE status END,
				    claimed_by = :me, claimed_until = :until, started_at = COALESCE(started_at, :now), updated_at = :now
				WHERE id = :id AND (status = 'queued' OR (status IN %s AND (claimed_until < :now OR claimed_by = :me)))
				""".formatted(RUNNING))
			.param("id", id)
			.param("me", instanceId)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update() == 1;
	}

	/**
	 * Records progress and renews the lease.
	 * @return {@code false} when the job is no longer this runner's, or cancelling was
	 * asked for
	 */
	boolean progress(String id, String instanceId, String phase, int processedRows, Instant now, Instant until) {
		int updated = this.jdbc.sql("""
				UPDATE import_jobs SET phase = :phase, processed_rows = :processed, claimed_until = :until,
				    updated_at = :now
				WHERE id = :id AND claimed_by = :me AND status IN %s AND cancel_requested = FALSE""".formatted(RUNNING))
			.param("id", id)
			.param("me", instanceId)
			.param("phase", phase)
			.param("processed", processedRows)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(until))
			.update();
		return updated == 1;
	}

	void recordProfile(String id, String encoding, String delimiter, String warnings, int totalRows, Instant now) {
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

	/** Ends a job this runner holds. */
	void finish(String id, String instanceId, Outcome outcome, Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET status = :status, phase = NULL, processed_rows = :processed,
				    success_rows = :success, failed_rows = :failed, order_count = :orders,
				    failed_order_count = :failedOrders, error_code = :code, error = :error, finished_at = :now,
				    updated_at = :now, claimed_by = NULL, claimed_until = NULL
				WHERE id = :id AND claimed_by = :me AND status IN %s""".formatted(RUNNING))
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

	/** A validated job this runner holds goes on to create its orders. */
	boolean startProcessing(String id, String instanceId, Outcome validated, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'processing', phase = 'importing', processed_rows = 0,
				    success_rows = 0, failed_rows = :failed, order_count = :orders,
				    failed_order_count = :failedOrders, updated_at = :now
				WHERE id = :id AND claimed_by = :me AND status = 'validating'""")
			.param("id", id)
			.param("me", instanceId)
			.param("failed", validated.failedRows())
			.param("orders", validated.orderCount())
			.param("failedOrders", validated.failedOrderCount())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Turns a validated dry run into a real import of the same file, queued again. */
	boolean confirm(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'queued', dry_run = FALSE, phase = NULL, finished_at = NULL,
				    updated_at = :now WHERE id = :id AND status = 'validated' AND dry_run = TRUE""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Updates the result of an ended import after its unpaid orders were charged again.
	 */
	void recordRetry(String id, ImportJobStatus status, String errorCode, String error, Instant now) {
		this.jdbc.sql("""
				UPDATE import_jobs SET status = :status, error_code = :code, error = :error, updated_at = :now
				WHERE id = :id AND status IN ('completed', 'completed_with_errors')""")
			.param("id", id)
			.param("status", db(status))
			.param("code", new SqlParameterValue(Types.VARCHAR, errorCode))
			.param("error", new SqlParameterValue(Types.VARCHAR, error))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Cancels a job no runner has taken yet. */
	boolean cancelQueued(String id, Instant now) {
		return this.jdbc.sql("""
				UPDATE import_jobs SET status = 'cancelled', finished_at = :now, updated_at = :now
				WHERE id = :id AND status = 'queued'""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Asks the runner of a running job to stop after its current chunk. */
	boolean requestCancel(String id, Instant now) {
		return this.jdbc
			.sql("UPDATE import_jobs SET cancel_requested = TRUE, updated_at = :now WHERE id = :id AND status IN "
					+ RUNNING)
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	static String db(ImportJobStatus status) {
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
				rs.getString("claimed_by"), instant(rs, "claimed_until"));
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
	record Outcome(ImportJobStatus status, int processedRows, int successRows, int failedRows, int orderCount,
			int failedOrderCount, String errorCode, String error) {
	}

}

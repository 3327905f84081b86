package com.orderplatform.order.bulkimport.job;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import com.orderplatform.order.bulkimport.file.FileReading;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How an {@link ImportJob} is stored in {@code import_jobs}: a row read back as a job,
 * and the parameters the repository writes.
 */
final class ImportJobRows {

	private ImportJobRows() {
	}

	static ImportJob job(ResultSet rs, int rowNum) throws SQLException {
		return new ImportJob(rs.getString("id"), rs.getString("filename"), rs.getString("sha256"),
				rs.getLong("file_size"), rs.getString("idempotency_key"),
				ImportJobState.fromDbValue(rs.getString("status")), rs.getString("phase"), rs.getBoolean("dry_run"),
				NotifyMode.fromValue(rs.getString("notify")), ErrorPolicy.fromValue(rs.getString("error_policy")),
				MaxErrors.fromValue(rs.getString("max_errors")), rs.getString("requested_encoding"),
				rs.getString("encoding"), rs.getString("delimiter"), totalRows(rs), rs.getInt("processed_rows"),
				rs.getInt("success_rows"), rs.getInt("failed_rows"), rs.getInt("order_count"),
				rs.getInt("failed_order_count"), rs.getString("warnings"), rs.getString("error_code"),
				rs.getString("error"), rs.getBoolean("cancel_requested"), rs.getString("created_by"),
				instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
				instant(rs, "updated_at"), rs.getString("claimed_by"), instant(rs, "claimed_until"),
				ImportRunMode.of(rs.getString("run_mode")), rs.getString("checkpoint_key"), waiting(rs), reading(rs));
	}

	/** Binds the outage columns, all empty when there is none. */
	static JdbcClient.StatementSpec waiting(JdbcClient.StatementSpec spec, ImportJob.Waiting waiting) {
		boolean none = waiting == null;
		return spec.param("waitingFor", text(none ? null : waiting.service().db()))
			.param("waitingReason", text(none ? null : waiting.reason()))
			.param("waitingSince", time(none ? null : waiting.since()))
			.param("waitAttempts", none ? 0 : waiting.attempts())
			.param("nextAttemptAt", time(none ? null : waiting.nextAttemptAt()));
	}

	/** Sets how the file is read, bound by {@link #reading}. */
	static final String READING = "file_format = :format, sheet = :sheet, profile_name = :profile, column_mapping = :mapping";

	/** Binds how the file is read ({@link FileReading}). */
	static JdbcClient.StatementSpec reading(JdbcClient.StatementSpec spec, FileReading reading) {
		return spec.param("format", reading.format())
			.param("sheet", text(reading.sheet()))
			.param("profile", text(reading.profile()))
			.param("mapping", text(reading.mapping()));
	}

	static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	static SqlParameterValue time(Instant value) {
		return new SqlParameterValue(Types.TIMESTAMP, (value != null) ? Timestamp.from(value) : null);
	}

	private static ImportJob.Waiting waiting(ResultSet rs) throws SQLException {
		String service = rs.getString("waiting_for");
		return (service != null)
				? new ImportJob.Waiting(WaitFor.of(service), rs.getString("waiting_reason"),
						instant(rs, "waiting_since"), rs.getInt("wait_attempts"), instant(rs, "next_attempt_at"))
				: null;
	}

	private static FileReading reading(ResultSet rs) throws SQLException {
		return new FileReading(rs.getString("file_format"), rs.getString("sheet"), rs.getString("profile_name"),
				rs.getString("column_mapping"));
	}

	private static Integer totalRows(ResultSet rs) throws SQLException {
		int total = rs.getInt("total_rows");
		return rs.wasNull() ? null : total;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}

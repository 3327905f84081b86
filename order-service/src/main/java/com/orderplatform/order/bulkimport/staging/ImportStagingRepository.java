package com.orderplatform.order.bulkimport.staging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.ValidatedRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A job's validated rows ({@code import_rows}) and their errors ({@code import_errors}).
 * Each chunk is written by one JDBC batch in one short transaction. A re-run validation
 * deletes the job's staging and writes it again: simpler than upserting, and the file has
 * not changed.
 */
@Repository
public class ImportStagingRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	public ImportStagingRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** The jobs that ended before a time and still have staged rows or errors. */
	public List<String> jobsFinishedBefore(Instant cutoff) {
		return this.jdbc.sql("""
				SELECT id FROM import_jobs WHERE finished_at < :cutoff
				AND (EXISTS (SELECT 1 FROM import_rows WHERE job_id = import_jobs.id)
				     OR EXISTS (SELECT 1 FROM import_errors WHERE job_id = import_jobs.id))""")
			.param("cutoff", Timestamp.from(cutoff))
			.query(String.class)
			.list();
	}

	@Transactional
	public void clear(String jobId) {
		this.jdbc.sql("DELETE FROM import_errors WHERE job_id = :id").param("id", jobId).update();
		this.jdbc.sql("DELETE FROM import_rows WHERE job_id = :id").param("id", jobId).update();
	}

	/** Stages a chunk of rows and their own errors. */
	@Transactional
	public void insertChunk(String jobId, List<ValidatedRow> rows) {
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO import_rows (job_id, " + StagedRows.COLUMNS
						+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (statement, row) -> StagedRows.bind(statement, jobId, row));
		insertErrors(jobId, rows.stream().flatMap(row -> row.errors().stream()).toList());
	}

	@Transactional
	public void insertErrors(String jobId, List<RowError> errors) {
		this.jdbcTemplate.batchUpdate(
				"INSERT INTO import_errors (job_id, row_number, column_name, code, message) VALUES (?, ?, ?, ?, ?)",
				errors, errors.size(), (statement, error) -> {
					statement.setString(1, jobId);
					statement.setInt(2, error.rowNumber());
					statement.setString(3, error.column());
					statement.setString(4, error.code().name());
					statement.setString(5, error.message());
				});
	}

	/**
	 * The staged rows after a position in (group key, row number) order, as the grouper
	 * reads them. An invalid row carries as many placeholder errors as it has errors
	 * staged, so the grouper fails its order and the errors it adds follow them. The
	 * row-value comparison lets the index seek to the position (an {@code OR} of the two
	 * columns made SQLite scan the job's rows from the start for every page).
	 */
	public List<ValidatedRow> rowsAfter(String jobId, String groupKey, int rowNumber, int limit) {
		return this.jdbc.sql("SELECT " + StagedRows.COLUMNS + """
				 FROM import_rows WHERE job_id = :id AND (group_key, row_number) > (:key, :row)
				ORDER BY group_key, row_number LIMIT :limit""")
			.param("id", jobId)
			.param("key", groupKey)
			.param("row", rowNumber)
			.param("limit", limit)
			.query(StagedRows::row)
			.list();
	}

	/** Records which order each row of a chunk of orders became. */
	@Transactional
	public void recordOrderIds(String jobId, List<ImportedOrder> orders, List<Long> orderIds) {
		List<long[]> rows = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			for (int rowNumber : orders.get(i).rowNumbers()) {
				rows.add(new long[] { rowNumber, orderIds.get(i) });
			}
		}
		this.jdbcTemplate.batchUpdate("UPDATE import_rows SET order_id = ? WHERE job_id = ? AND row_number = ?", rows,
				rows.size(), (statement, row) -> {
					statement.setLong(1, row[1]);
					statement.setString(2, jobId);
					statement.setInt(3, (int) row[0]);
				});
	}

	/**
	 * Hands the job's orders to an action a chunk at a time, by id.
	 * @param jobId the job
	 * @param chunkSize orders per chunk
	 * @param action what to do with each chunk of order ids
	 */
	public void forEachOrderChunk(String jobId, int chunkSize, Consumer<List<Long>> action) {
		List<Long> ids = orderIdsAfter(jobId, 0, chunkSize);
		while (!ids.isEmpty()) {
			action.accept(ids);
			ids = orderIdsAfter(jobId, ids.get(ids.size() - 1), chunkSize);
		}
	}

	/** The job's orders after an id, by id. */
	public List<Long> orderIdsAfter(String jobId, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT DISTINCT order_id FROM import_rows WHERE job_id = :id AND order_id > :after
				ORDER BY order_id LIMIT :limit""")
			.param("id", jobId)
			.param("after", afterId)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** Rows that became an order item. */
	public int importedRows(String jobId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_rows WHERE job_id = :id AND order_id IS NOT NULL")
			.param("id", jobId)
			.query(Integer.class)
			.single();
	}

	/** Σ quantity × unit price of the rows that became order items. */
	public long importedTotal(String jobId) {
		return this.jdbc.sql(
				"SELECT COALESCE(SUM(quantity * unit_price), 0) FROM import_rows WHERE job_id = :id AND order_id IS NOT NULL")
			.param("id", jobId)
			.query(Long.class)
			.single();
	}

	/** The lowest order id the job created, if any. */
	public java.util.Optional<Long> firstOrderId(String jobId) {
		return this.jdbc.sql("SELECT MIN(order_id) FROM import_rows WHERE job_id = :id")
			.param("id", jobId)
			.query((rs, rowNum) -> {
				long id = rs.getLong(1);
				return rs.wasNull() ? null : id;
			})
			.optional();
	}

	public int failedRows(String jobId) {
		return this.jdbc.sql("SELECT COUNT(DISTINCT row_number) FROM import_errors WHERE job_id = :id")
			.param("id", jobId)
			.query(Integer.class)
			.single();
	}

}

package com.orderplatform.order.bulkimport.staging;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.bulkimport.file.validation.ImportedItem;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;
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

	private static final String ROW_COLUMNS = "row_number, group_key, valid, error_count, order_ref, customer_email, "
			+ "customer_name, product_name, quantity, unit_price, notes";

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
				"INSERT INTO import_rows (job_id, " + ROW_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows, rows.size(), (statement, row) -> {
					ImportedItem item = row.item();
					statement.setString(1, jobId);
					statement.setInt(2, row.rowNumber());
					statement.setString(3, row.groupKey());
					statement.setBoolean(4, row.valid());
					statement.setInt(5, row.errors().size());
					statement.setString(6, row.orderRef());
					statement.setString(7, row.customerEmail());
					statement.setString(8, row.customerName());
					statement.setString(9, (item != null) ? item.productName() : null);
					statement.setObject(10, (item != null) ? item.quantity() : null, Types.INTEGER);
					statement.setObject(11, (item != null) ? item.unitPrice().longValueExact() : null, Types.BIGINT);
					statement.setString(12, (item != null) ? item.notes() : null);
				});
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
		return this.jdbc.sql("SELECT " + ROW_COLUMNS + """
				 FROM import_rows WHERE job_id = :id AND (group_key, row_number) > (:key, :row)
				ORDER BY group_key, row_number LIMIT :limit""")
			.param("id", jobId)
			.param("key", groupKey)
			.param("row", rowNumber)
			.param("limit", limit)
			.query(ImportStagingRepository::stagedRow)
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
	 * The order each imported row of rows {@code from} (inclusive) to {@code to}
	 * (exclusive) became, with the notes its item got.
	 */
	public java.util.Map<Integer, ImportedRow> importedRowsBetween(String jobId, int from, int to) {
		java.util.Map<Integer, ImportedRow> rows = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT row_number, order_id, notes FROM import_rows WHERE job_id = :id AND order_id IS NOT NULL
				AND row_number >= :from AND row_number < :to""")
			.param("id", jobId)
			.param("from", from)
			.param("to", to)
			.query((rs, rowNum) -> rows.put(rs.getInt("row_number"),
					new ImportedRow(rs.getLong("order_id"), rs.getString("notes"))))
			.list();
		return rows;
	}

	/**
	 * A row that became an order item.
	 *
	 * @param orderId the order
	 * @param notes the item's notes as staged (trimmed; empty or {@code null} for none)
	 */
	public record ImportedRow(long orderId, String notes) {
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

	public long errorCount(String jobId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM import_errors WHERE job_id = :id")
			.param("id", jobId)
			.query(Long.class)
			.single();
	}

	public List<ImportErrorView> errors(String jobId, int skip, int limit) {
		return this.jdbc.sql("""
				SELECT row_number, column_name, code, message FROM import_errors WHERE job_id = :id
				ORDER BY row_number, id LIMIT :limit OFFSET :skip""")
			.param("id", jobId)
			.param("limit", limit)
			.param("skip", skip)
			.query((rs, rowNum) -> new ImportErrorView(rs.getInt("row_number"), rs.getString("column_name"),
					rs.getString("code"), rs.getString("message")))
			.list();
	}

	/** The errors of rows {@code from} (inclusive) to {@code to} (exclusive), by row. */
	public List<RowError> rowErrorsBetween(String jobId, int from, int to) {
		return this.jdbc.sql("""
				SELECT row_number, column_name, code, message FROM import_errors WHERE job_id = :id
				AND row_number >= :from AND row_number < :to ORDER BY row_number, id""")
			.param("id", jobId)
			.param("from", from)
			.param("to", to)
			.query((rs, rowNum) -> new RowError(rs.getInt("row_number"), rs.getString("column_name"),
					RowErrorCode.valueOf(rs.getString("code")), rs.getString("message")))
			.list();
	}

	private static ValidatedRow stagedRow(ResultSet rs, int rowNum) throws SQLException {
		int rowNumber = rs.getInt("row_number");
		ImportedItem item = null;
		List<RowError> errors = List.of();
		if (rs.getBoolean("valid")) {
			item = new ImportedItem(rowNumber, rs.getString("product_name"), rs.getInt("quantity"),
					BigDecimal.valueOf(rs.getLong("unit_price")), rs.getString("notes"));
		}
		else {
			errors = new ArrayList<>(Collections.nCopies(rs.getInt("error_count"),
					new RowError(rowNumber, null, RowErrorCode.EXTRA_CELLS, "staged")));
		}
		String name = rs.getString("customer_name");
		return new ValidatedRow(rowNumber, rs.getString("group_key"), rs.getString("order_ref"),
				rs.getString("customer_email"), (name != null) ? name : "", item, errors);
	}

}

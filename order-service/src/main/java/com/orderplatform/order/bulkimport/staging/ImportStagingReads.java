package com.orderplatform.order.bulkimport.staging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.bulkimport.file.validation.RowError;
import com.orderplatform.order.bulkimport.file.validation.RowErrorCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the API and the downloads read back of a job's staging: its errors a page at a
 * time or a window of rows at a time, and the order each imported row became. Kept apart
 * from {@link ImportStagingRepository}, which the runner writes through.
 */
@Repository
public class ImportStagingReads {

	private final JdbcClient jdbc;

	ImportStagingReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/**
	 * The order each imported row of rows {@code from} (inclusive) to {@code to}
	 * (exclusive) became, with the notes its item got.
	 */
	public Map<Integer, ImportedRow> importedRowsBetween(String jobId, int from, int to) {
		Map<Integer, ImportedRow> rows = new HashMap<>();
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

}

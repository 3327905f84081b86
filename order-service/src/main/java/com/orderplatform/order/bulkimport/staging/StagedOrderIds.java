package com.orderplatform.order.bulkimport.staging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records on a job's staged rows ({@code import_rows.order_id}) which order each became,
 * a chunk of orders at a time, in the transaction that saves those orders.
 * <ul>
 * <li>On SQLite, one {@code UPDATE} per row in a JDBC batch: in-process, that is about 3
 * µs a row, and a set-based statement measured no faster.</li>
 * <li>On PostgreSQL, one {@code UPDATE … FROM} a list of (row, order) pairs per
 * {@value #ROWS_PER_STATEMENT} rows: the server ran a batch of single-row updates one by
 * one, 2.1 s of a 100,000-row import's server time. The transaction plans it for its rows
 * ({@code force_custom_plan}), as the order service's other set-based updates: a generic
 * plan made while the table was small may join by scanning it, and a server keeps such a
 * plan while the table grows.</li>
 * </ul>
 */
@Repository
public class StagedOrderIds {

	/** Rows whose order ids one PostgreSQL statement records (two parameters each). */
	static final int ROWS_PER_STATEMENT = 500;

	private final JdbcTemplate jdbc;

	StagedOrderIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records which order each row of a chunk of orders became.
	 * @param jobId the job
	 * @param orders the chunk's orders
	 * @param orderIds their ids, in the same order
	 */
	@Transactional
	public void record(String jobId, List<ImportedOrder> orders, List<Long> orderIds) {
		List<long[]> rows = new ArrayList<>();
		for (int i = 0; i < orders.size(); i++) {
			for (int rowNumber : orders.get(i).rowNumbers()) {
				rows.add(new long[] { rowNumber, orderIds.get(i) });
			}
		}
		if (rows.isEmpty()) {
			return;
		}
		String product = this.jdbc
			.execute((ConnectionCallback<String>) (connection) -> connection.getMetaData().getDatabaseProductName());
		if (SqlDialect.ofProduct(product) == SqlDialect.POSTGRESQL) {
			recordBySets(jobId, rows);
		}
		else {
			this.jdbc.batchUpdate("UPDATE import_rows SET order_id = ? WHERE job_id = ? AND row_number = ?", rows,
					rows.size(), (statement, row) -> {
						statement.setLong(1, row[1]);
						statement.setString(2, jobId);
						statement.setInt(3, (int) row[0]);
					});
		}
	}

	private void recordBySets(String jobId, List<long[]> rows) {
		this.jdbc.execute("SET LOCAL plan_cache_mode = force_custom_plan");
		for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
			List<long[]> part = rows.subList(from, Math.min(from + ROWS_PER_STATEMENT, rows.size()));
			this.jdbc.update(statement(part.size()), (statement) -> {
				int index = 1;
				for (long[] row : part) {
					statement.setInt(index++, (int) row[0]);
					statement.setLong(index++, row[1]);
				}
				statement.setString(index, jobId);
			});
		}
	}

	/**
	 * PostgreSQL's statement that records the order ids of {@code rows} staged rows:
	 * pairs of row number and order id, then the job id.
	 * @param rows how many rows
	 * @return the statement
	 */
	public static String statement(int rows) {
		return "WITH recorded (row_number, order_id) AS (VALUES "
				+ String.join(", ", Collections.nCopies(rows, "(CAST(? AS INTEGER), CAST(? AS BIGINT))"))
				+ ") UPDATE import_rows SET order_id = recorded.order_id FROM recorded "
				+ "WHERE import_rows.job_id = ? AND import_rows.row_number = recorded.row_number";
	}

}

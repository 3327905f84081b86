package com.orderplatform.order.bulkimport.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.bulkimport.file.validation.ImportedItem;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.staging.StagedOrderIds;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ImportRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database, and the plans of its set-based statements.
 */
class PostgresImportRepositoryIntegrationTests extends ImportRepositoryContract {

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private StagedOrderIds orderIds;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "import_repository");
	}

	/**
	 * Recording 500 rows' orders in a job of 50,000 staged rows reaches each row by the
	 * primary key, planned for its rows as the repository plans it.
	 */
	@Test
	void recordsOrderIdsThroughThePrimaryKey() {
		List<String> plan = this.transactions.execute((status) -> {
			this.jdbc.sql("CREATE TEMPORARY TABLE staged_rows (LIKE import_rows INCLUDING ALL) ON COMMIT DROP")
				.update();
			this.jdbc.sql("""
					INSERT INTO staged_rows (job_id, row_number, group_key, valid, error_count)
					SELECT 'job-' || (n % 5), n, 'key-' || n, true, 0 FROM generate_series(1, 50000) AS n""").update();
			this.jdbc.sql("ANALYZE staged_rows").update();
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			return explain(StagedOrderIds.statement(500)
				.replace("UPDATE import_rows", "UPDATE staged_rows")
				.replace("import_rows.", "staged_rows."), 500);
		});

		assertThat(plan).anySatisfy((line) -> assertThat(line).contains("staged_rows_pkey"))
			.noneSatisfy((line) -> assertThat(line).contains("Seq Scan"));
	}

	@Test
	void plansTheRecordingForItsRowsInThatTransactionOnly() {
		String mode = this.transactions.execute((status) -> {
			this.orderIds.record("no-such-job", List.of(), List.of());
			String untouched = this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single();
			this.orderIds.record("no-such-job", List.of(new ImportedOrder("k", "r", "y@example.com", "鈴木花子",
					List.of(new ImportedItem(2, "マウス", 1, BigDecimal.TEN, null)))), List.of(1L));
			assertThat(untouched).as("nothing to record, nothing set").isEqualTo("auto");
			return this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single();
		});

		assertThat(mode).isEqualTo("force_custom_plan");
		assertThat(this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single())
			.isEqualTo("auto");
	}

	/** The plan of the recording statement for {@code rows} rows (row n gets order n). */
	private List<String> explain(String statement, int rows) {
		String prepared = statement;
		for (int parameter = 1; prepared.contains("?"); parameter++) {
			prepared = prepared.replaceFirst("\\?", "\\$" + parameter);
		}
		List<String> types = new ArrayList<>();
		List<String> arguments = new ArrayList<>();
		for (int row = 1; row <= rows; row++) {
			types.add("int");
			types.add("bigint");
			arguments.add(Integer.toString(row * 7));
			arguments.add(Integer.toString(row));
		}
		types.add("varchar");
		arguments.add("'job-2'");
		this.jdbc.sql("PREPARE explained (" + String.join(", ", types) + ") AS " + prepared).update();
		List<String> lines = this.jdbc.sql("EXPLAIN EXECUTE explained (" + String.join(", ", arguments) + ")")
			.query(String.class)
			.list();
		this.jdbc.sql("DEALLOCATE explained").update();
		return lines;
	}

}

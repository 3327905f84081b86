package com.orderplatform.order.order;

import java.time.Instant;
import java.util.List;

import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OrderRepositoryContract} on a real (embedded) PostgreSQL, the production
 * database, with batched inserts rewritten as in production
 * ({@code PostgresBatchedInserts} sets this from the service's URL, which a test's
 * dynamic properties come too late for).
 */
class PostgresOrderRepositoryIntegrationTests extends OrderRepositoryContract {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "order_repository");
		registry.add("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", () -> "true");
	}

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private OrderRepository orders;

	/**
	 * The status update's generic plan, made on an empty table as a new database's first
	 * import makes it and kept while the table fills, reaches the row by its primary key:
	 * a plain {@code status = ?} took the status index, read every entry of the status
	 * and slowed each import on PostgreSQL more than the one before.
	 */
	@Test
	void movesAnOrderOnThroughItsPrimaryKeyEvenInAPlanMadeOnAnEmptyTable() {
		List<String> plan = this.transactions.execute((status) -> {
			this.jdbc.sql("CREATE TEMPORARY TABLE empty_orders (LIKE orders INCLUDING ALL) ON COMMIT DROP").update();
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
			return explain(OrderWrites.UPDATE_STATUS.replace("UPDATE orders", "UPDATE empty_orders"),
					"varchar, varchar, timestamptz, bigint, varchar", "'paid', NULL, now(), 1, 'payment_processing'");
		});

		assertThat(plan).anySatisfy((line) -> assertThat(line).contains("Index Scan using empty_orders_pkey"))
			.noneSatisfy((line) -> assertThat(line).contains("status_created_at"));
	}

	/**
	 * The update of many orders at once is planned for its ids: its generic plan, made on
	 * a small table, is a sequential scan that a server may keep while the table grows;
	 * the custom plan of a table of some size reads the primary key.
	 */
	@Test
	void movesManyOrdersOnThroughTheirPrimaryKeyPlannedForTheirIds() {
		List<String> plan = this.transactions.execute((status) -> {
			this.jdbc.sql("CREATE TEMPORARY TABLE some_orders (LIKE orders INCLUDING ALL) ON COMMIT DROP").update();
			this.jdbc.sql("""
					INSERT INTO some_orders (customer_email, customer_name, status, total_amount, currency, created_at,
					    updated_at)
					SELECT 'o' || n || '@example.jp', '顧客', 'payment_processing', 1000, 'JPY', now(), now()
					FROM generate_series(1, 5000) AS n""").update();
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			return explain(
					OrderWrites.UPDATE_STATUSES.replace("UPDATE orders", "UPDATE some_orders")
							+ "(?, ?, ?) RETURNING id",
					"varchar, varchar, timestamptz, varchar, bigint, bigint, bigint",
					"'paid', NULL, now(), 'payment_processing', 1, 2, 3");
		});

		assertThat(plan).anySatisfy((line) -> assertThat(line).contains("some_orders_pkey"))
			.noneSatisfy((line) -> assertThat(line).contains("Seq Scan"));
	}

	@Test
	void plansTheUpdateOfManyOrdersForTheirIds() {
		long a = this.orders.insert(OrderMother.laptops(OrderMother.uniqueEmail()), OrderMother.PLACED_AT);
		long b = this.orders.insert(OrderMother.laptops(OrderMother.uniqueEmail()), OrderMother.PLACED_AT);
		Instant later = OrderMother.PLACED_AT.plusSeconds(1);

		String mode = this.transactions.execute((status) -> {
			assertThat(this.orders
				.applyAll(List.of(new StatusChange(a, OrderState.PENDING, OrderState.CANCELLED, "test", later),
						new StatusChange(b, OrderState.PENDING, OrderState.CANCELLED, "test", later))))
				.containsExactly(a, b);
			return this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single();
		});

		assertThat(mode).isEqualTo("force_custom_plan");
		assertThat(this.jdbc.sql("SELECT current_setting('plan_cache_mode')").query(String.class).single())
			.as("for that transaction only")
			.isEqualTo("auto");
	}

	/**
	 * The plan of a JDBC statement ({@code ?} parameters) prepared on the server with the
	 * given parameter types and executed with the given arguments, as this transaction's
	 * {@code plan_cache_mode} makes it.
	 */
	private List<String> explain(String statement, String parameterTypes, String arguments) {
		String prepared = statement;
		for (int parameter = 1; prepared.contains("?"); parameter++) {
			prepared = prepared.replaceFirst("\\?", "\\$" + parameter);
		}
		this.jdbc.sql("PREPARE explained (" + parameterTypes + ") AS " + prepared).update();
		List<String> lines = this.jdbc.sql("EXPLAIN EXECUTE explained (" + arguments + ")").query(String.class).list();
		this.jdbc.sql("DEALLOCATE explained").update();
		return lines;
	}

}

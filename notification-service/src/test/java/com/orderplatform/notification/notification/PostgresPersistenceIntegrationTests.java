package com.orderplatform.notification.notification;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import com.orderplatform.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Persistence on a real (embedded) PostgreSQL. */
class PostgresPersistenceIntegrationTests extends AbstractPersistenceIntegrationTests {

	@Autowired
	DataSource dataSource;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "notification_persistence");
	}

	/**
	 * The server may switch a prepared statement to its generic plan after five trial
	 * plans, and favours it for a statement with 500 parameters (it charges their
	 * planning); made while the table is small, that plan is a sequential scan which the
	 * bench saw kept as imports filled the table (200–700 ms per lookup). The test makes
	 * the server prefer generic plans for the whole transaction (so one connection) and
	 * sends twelve bulk requests of 500: every key lookup is still planned for its keys.
	 * The counts are those of a new connection: the pool's connections are replaced
	 * first, since another test's 500-key lookup on the same connection would count too.
	 */
	@Test
	void plansTheKeyLookupForItsKeysEvenWhereTheServerPrefersGenericPlans() throws SQLException {
		this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		List<String> plans = this.transactions.execute((status) -> {
			this.jdbc.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
			for (int request = 0; request < 12; request++) {
				this.repository.insertAll(IntStream.range(request * 500, (request + 1) * 500)
					.mapToObj((number) -> bulk("plans", number))
					.toList());
			}
			return this.jdbc
				.sql("SELECT generic_plans || ' generic, ' || custom_plans || ' custom' FROM pg_prepared_statements"
						+ " WHERE statement LIKE 'SELECT id, idempotency_key, status FROM notifications%'")
				.query(String.class)
				.list();
		});

		assertThat(plans).containsExactly("0 generic, 8 custom");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single()).isEqualTo(6000);
	}

}

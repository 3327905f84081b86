package com.orderplatform.notification.notification;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

	private static final Instant T0 = Instant.parse("2025-12-01T10:00:00Z");

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

	/**
	 * A dispatcher claims a lane's next notification by walking the claim index in its
	 * order, even on a table filled since the server last analysed it (the bench's
	 * notification database was never analysed during its imports): there the planner
	 * took another partial index of the pending rows for a row long and sorted every
	 * pending row for each claim. The table here is a copy with 500 pending rows and no
	 * statistics, planned as the dispatcher's claim transaction plans.
	 */
	@Test
	void claimsThroughTheClaimIndexInItsOrderOnATableNeverAnalysed() {
		List<String> plan = this.transactions.execute((status) -> {
			freshCopyWithPendingNotifications(500);
			// a claim in no lane: what the claim transaction sets, set in this one
			this.queue.claimNext("plans", List.of(), T0, T0);
			return explain(this.queue.claimStatement().replace(" notifications ", " fresh_notifications "),
					Map.of("lane", Lane.BULK.code(), "now", Timestamp.from(T0), "leaseOwner", "plans", "leaseUntil",
							Timestamp.from(T0.plusSeconds(60)), "leaseLimit", 1));
		});

		assertThat(plan)
			.anySatisfy((line) -> assertThat(line)
				.contains("Index Scan using fresh_notifications_lane_fair_seq_next_attempt_at_id_idx"))
			.noneSatisfy((line) -> assertThat(line).containsAnyOf("Sort", "Seq Scan"));
	}

	/**
	 * The outcome of a delivery finds its row by the primary key alone, on the same
	 * table: its condition that the row is still pending is one no partial index of the
	 * pending rows answers.
	 */
	@Test
	void recordsAnOutcomeThroughThePrimaryKeyOnATableNeverAnalysed() {
		List<String> plan = this.transactions.execute((status) -> {
			freshCopyWithPendingNotifications(500);
			return explain(
					"UPDATE fresh_notifications SET status = 'sent', claimed_by = NULL, claimed_until = NULL"
							+ " WHERE id = :id AND claimed_by = :owner AND (" + NotificationQueue.STILL_PENDING + ")",
					Map.of("id", 1L, "owner", "plans"));
		});

		assertThat(plan).anySatisfy((line) -> assertThat(line).contains("Index Scan using fresh_notifications_pkey"))
			.noneSatisfy((line) -> assertThat(line).containsAnyOf("_lane_", "_batch_id_", "Seq Scan"));
	}

	private void freshCopyWithPendingNotifications(int count) {
		for (int from = 0; from < count; from += 500) {
			this.repository
				.insertAll(IntStream.range(from, from + 500).mapToObj((number) -> bulk("fresh", number)).toList());
		}
		this.jdbc.sql("CREATE TEMPORARY TABLE fresh_notifications (LIKE notifications INCLUDING ALL) ON COMMIT DROP")
			.update();
		this.jdbc.sql("INSERT INTO fresh_notifications SELECT * FROM notifications").update();
	}

	private List<String> explain(String sql, Map<String, ?> params) {
		return this.jdbc.sql("EXPLAIN " + sql).params(params).query(String.class).list();
	}

}

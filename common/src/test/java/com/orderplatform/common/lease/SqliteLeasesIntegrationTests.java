package com.orderplatform.common.lease;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.common.storage.SqlDialect;
import com.orderplatform.testsupport.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The lease helper on a real SQLite file, through a pool of four connections. */
class SqliteLeasesIntegrationTests extends AbstractLeasesIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	@Override
	HikariDataSource newDatabase() {
		HikariDataSource pool = new HikariDataSource();
		pool.setJdbcUrl("jdbc:sqlite:" + TestDatabases.newSqliteFile("leases") + TestDatabases.SQLITE_PARAMETERS);
		pool.setMaximumPoolSize(4);
		return pool;
	}

	@Override
	SqlDialect expectedDialect() {
		return SqlDialect.SQLITE;
	}

	@Test
	void picksThroughTheNamedIndexAndClaimsByKeyInsteadOfWalkingEveryDueRow() {
		try (HikariDataSource pool = newDatabase()) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("""
					CREATE TABLE queue (id BIGINT PRIMARY KEY, lane VARCHAR(20) NOT NULL, status VARCHAR(20) NOT NULL,
					                    seq BIGINT NOT NULL, due_at BIGINT NOT NULL,
					                    claimed_by VARCHAR(200), claimed_until TIMESTAMP)""").update();
			jdbc.sql("CREATE INDEX queue_due ON queue (status, due_at)").update();
			jdbc.sql("CREATE INDEX queue_claim ON queue (lane, seq, due_at, id) WHERE status = 'pending'").update();
			for (long id = 1; id <= 3; id++) {
				jdbc.sql("INSERT INTO queue (id, lane, status, seq, due_at) VALUES (:id, 'bulk', 'pending', :seq, 0)")
					.param("id", id)
					.param("seq", 10 - id)
					.update();
			}
			Candidates due = Candidates
				.where("lane = :lane AND status = 'pending' AND due_at <= :dueBy", Map.of("lane", "bulk", "dueBy", 5))
				.orderBy("seq, due_at, id")
				.usingIndex("queue_claim");

			String picked = new LeaseSql(SqlDialect.SQLITE, "queue").picked(due);
			List<String> plan = jdbc.sql("EXPLAIN QUERY PLAN " + picked)
				.param("lane", "bulk")
				.param("dueBy", 5)
				.param("now", Timestamp.from(NOW))
				.param("leaseLimit", 1)
				.query((rs, row) -> rs.getString("detail"))
				.list();
			List<String> claimPlan = jdbc
				.sql("EXPLAIN QUERY PLAN " + new LeaseSql(SqlDialect.SQLITE, "queue").claim(due))
				.param("lane", "bulk")
				.param("dueBy", 5)
				.param("now", Timestamp.from(NOW))
				.param("leaseLimit", 1)
				.param("leaseOwner", "A")
				.param("leaseUntil", Timestamp.from(NOW.plusSeconds(30)))
				.query((rs, row) -> rs.getString("detail"))
				.list();
			Optional<Long> claimed = new Leases(jdbc, SqlDialect.SQLITE, "queue").claimNext(due,
					new Lease("A", NOW, NOW.plusSeconds(30)), "id", (rs, row) -> rs.getLong("id"));

			assertThat(picked).contains("FROM queue INDEXED BY queue_claim WHERE");
			assertThat(plan).anyMatch((step) -> step.contains("USING INDEX queue_claim"))
				.noneMatch((step) -> step.contains("TEMP B-TREE"));
			assertThat(claimPlan).noneMatch((step) -> step.contains("queue_due"))
				.anyMatch((step) -> step.contains("USING INDEX queue_claim"));
			assertThat(claimed).contains(3L);
		}
	}

	@Test
	void refusesAnIndexNameThatIsNotAPlainIdentifier() {
		Candidates hinted = Candidates.where("state = 'queued'", Map.of()).usingIndex("x; DROP TABLE queue");

		assertThatIllegalArgumentException().isThrownBy(() -> new LeaseSql(SqlDialect.SQLITE, "queue").picked(hinted))
			.withMessage("Not a plain index name: x; DROP TABLE queue");
	}

	@Test
	void leavesTheChoiceToPostgresql() {
		Candidates hinted = Candidates.where("state = 'queued'", Map.of()).usingIndex("queue_claim");

		assertThat(new LeaseSql(SqlDialect.POSTGRESQL, "queue").picked(hinted)).doesNotContain("queue_claim")
			.startsWith("SELECT id FROM queue WHERE");
	}

	/** Nothing to widen: the single writer runs one claimer's transaction at a time. */
	@Override
	void widenTheRace(JdbcClient jdbc) {
	}

}

package com.orderplatform.notification.notification;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import javax.sql.DataSource;

import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lanes migration (V6) on a queue left by the version before it, on a real SQLite
 * file and a real PostgreSQL: pending messages of a batch go to the bulk lane and take
 * their batch's rounds in the order they were queued, so the imports already waiting
 * share fairly at once; everything else, including an import's summary, is transactional.
 */
class LaneMigrationIntegrationTests {

	private static final Timestamp CREATED = Timestamp.from(Instant.parse("2025-12-01T10:00:00Z"));

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgres" })
	void putsQueuedMessagesInLanesAndGivesEachBatchItsRounds(String engine) {
		DataSource dataSource = dataSource(engine);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		migrate(dataSource, "5");
		insert(jdbc, 1, "pending", "A", "ORDER_CONFIRMATION");
		insert(jdbc, 2, "pending", "B", "ORDER_CONFIRMATION");
		insert(jdbc, 3, "sent", "A", "ORDER_CONFIRMATION");
		insert(jdbc, 4, "pending", "A", "ORDER_CONFIRMATION");
		insert(jdbc, 5, "pending", null, "ORDER_SHIPPED");
		insert(jdbc, 6, "pending", "A", "IMPORT_SUMMARY");
		insert(jdbc, 7, "pending", "B", "ORDER_CONFIRMATION");
		insert(jdbc, 8, "pending", "A", "ORDER_CONFIRMATION");

		migrate(dataSource, "6");

		assertThat(jdbc.sql("SELECT order_id, lane, fair_seq FROM notifications ORDER BY id")
			.query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getLong(3))
			.list()).containsExactly("1 bulk 0", "2 bulk 0", "3 bulk 0", "4 bulk 1", "5 transactional 0",
					"6 transactional 0", "7 bulk 1", "8 bulk 2");
		assertThat(jdbc.sql("SELECT batch_id, next_seq FROM notification_batches ORDER BY batch_id")
			.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2))
			.list()).containsExactly("A 3", "B 2");
		assertThat(jdbc.sql("SELECT lane, clock FROM notification_lanes")
			.query((rs, row) -> rs.getString(1) + " " + rs.getLong(2))
			.list()).containsExactly("bulk 0");
		assertThat(jdbc.sql("SELECT permits FROM notification_send_pace").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				SELECT order_id FROM notifications WHERE status = 'pending' AND lane = 'bulk'
				ORDER BY fair_seq, next_attempt_at, id
				""").query(Long.class).list()).containsExactly(1L, 2L, 4L, 7L, 8L);
	}

	private static DataSource dataSource(String engine) {
		if ("sqlite".equals(engine)) {
			return new DriverManagerDataSource(
					"jdbc:sqlite:" + TestDatabases.newSqliteFile("lane_migration") + TestDatabases.SQLITE_PARAMETERS);
		}
		return new DriverManagerDataSource(TestDatabases.newPostgresDatabase("lane_migration"), "postgres", "postgres");
	}

	private static void migrate(DataSource dataSource, String version) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.target(version);
		new SqlDialectPlaceholders().customize(configuration);
		configuration.load().migrate();
	}

	/** A row as version 5 stored it; the order id doubles as the row's name. */
	private static void insert(JdbcClient jdbc, long orderId, String status, String batchId, String template) {
		jdbc.sql("""
				INSERT INTO notifications (order_id, channel, template_name, language, recipient, subject, body,
				                           status, sent_at, created_at, batch_id, idempotency_key, attempts,
				                           next_attempt_at)
				VALUES (:orderId, 'email', :template, 'ja', 'tanaka@example.co.jp', 's', 'b', :status,
				        :sentAt, :createdAt, :batchId, :key, 0, :nextAttemptAt)
				""")
			.param("orderId", orderId)
			.param("template", template)
			.param("status", status)
			.param("sentAt", "sent".equals(status) ? CREATED : null, Types.TIMESTAMP)
			.param("createdAt", CREATED)
			.param("batchId", batchId, Types.VARCHAR)
			.param("key", "key-" + orderId)
			.param("nextAttemptAt", "pending".equals(status) ? CREATED : null, Types.TIMESTAMP)
			.update();
	}

}

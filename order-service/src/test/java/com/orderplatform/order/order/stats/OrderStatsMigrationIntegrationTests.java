package com.orderplatform.order.order.stats;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V7 counts the orders placed before it into {@code order_stats}, by the quarter hour of
 * their creation and their status, on both databases: each stores timestamps its own way,
 * which the {@code created_quarter_hour} placeholder reads.
 */
class OrderStatsMigrationIntegrationTests {

	private static final Instant QUARTER = Instant.parse("2026-02-01T08:00:00Z");

	@Test
	void countsExistingOrdersOnSqlite() throws SQLException {
		Path file = TestDatabases.newSqliteFile("order_stats_migration");
		assertBackfill("jdbc:sqlite:" + file + TestDatabases.SQLITE_PARAMETERS, null, null);
	}

	@Test
	void countsExistingOrdersOnPostgres() throws SQLException {
		assertBackfill(TestDatabases.newPostgresDatabase("order_stats_migration"), "postgres", "postgres");
	}

	private static void assertBackfill(String url, String user, String password) throws SQLException {
		flyway(url, user, password).target("6").load().migrate();
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			insertOrder(connection, "paid", 1000, QUARTER);
			insertOrder(connection, "paid", 2000, QUARTER.plusSeconds(899));
			insertOrder(connection, "pending", 500, QUARTER.plusSeconds(899));
			insertOrder(connection, "paid", 4000, QUARTER.plusSeconds(900));
		}

		flyway(url, user, password).load().migrate();

		try (Connection connection = DriverManager.getConnection(url, user, password);
				ResultSet rows = connection.createStatement()
					.executeQuery("SELECT quarter_hour, status, order_count, total_amount FROM order_stats"
							+ " ORDER BY quarter_hour, status")) {
			List<String> stats = new ArrayList<>();
			while (rows.next()) {
				stats.add(rows.getLong(1) + " " + rows.getString(2) + " " + rows.getLong(3) + " " + rows.getLong(4));
			}
			long quarter = QUARTER.toEpochMilli() / 900_000;
			assertThat(stats).containsExactly(quarter + " paid 2 3000", quarter + " pending 1 500",
					(quarter + 1) + " paid 1 4000");
		}
	}

	private static FluentConfiguration flyway(String url, String user, String password) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration");
		new SqlDialectPlaceholders().customize(configuration);
		return configuration;
	}

	private static void insertOrder(Connection connection, String status, long total, Instant at) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						INSERT INTO orders (customer_email, customer_name, status, total_amount, currency, created_at, updated_at)
						VALUES ('a@example.co.jp', '田中太郎', ?, ?, 'JPY', ?, ?)""")) {
			insert.setString(1, status);
			insert.setLong(2, total);
			insert.setTimestamp(3, Timestamp.from(at));
			insert.setTimestamp(4, Timestamp.from(at));
			insert.executeUpdate();
		}
	}

}

package com.orderplatform.payment;

import javax.sql.DataSource;

import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Real databases with the service's migrations applied, for repository tests that need no
 * application context: a fresh SQLite file, or a fresh database in the embedded
 * PostgreSQL server.
 */
public final class MigratedDatabases {

	private MigratedDatabases() {
	}

	/**
	 * A new SQLite file, migrated.
	 * @param name a short name for the file
	 * @return a client for it
	 */
	public static JdbcClient sqlite(String name) {
		return JdbcClient.create(sqliteTemplate(name));
	}

	/**
	 * A new SQLite file, migrated, for code that writes JDBC batches.
	 * @param name a short name for the file
	 * @return a template for it
	 */
	public static NamedParameterJdbcTemplate sqliteTemplate(String name) {
		String url = "jdbc:sqlite:" + TestDatabases.newSqliteFile(name) + TestDatabases.SQLITE_PARAMETERS;
		return migrate(new DriverManagerDataSource(url));
	}

	/**
	 * A new PostgreSQL database, migrated.
	 * @param name a prefix for the database name
	 * @return a client for it
	 */
	public static JdbcClient postgres(String name) {
		return JdbcClient.create(postgresTemplate(name));
	}

	/**
	 * A new PostgreSQL database, migrated, for code that writes JDBC batches.
	 * @param name a prefix for the database name
	 * @return a template for it
	 */
	public static NamedParameterJdbcTemplate postgresTemplate(String name) {
		return migrate(new DriverManagerDataSource(TestDatabases.newPostgresDatabase(name), "postgres", "postgres"));
	}

	private static NamedParameterJdbcTemplate migrate(DataSource dataSource) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration");
		new SqlDialectPlaceholders().customize(configuration);
		configuration.load().migrate();
		return new NamedParameterJdbcTemplate(dataSource);
	}

}

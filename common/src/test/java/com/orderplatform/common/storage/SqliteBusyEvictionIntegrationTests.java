package com.orderplatform.common.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A pooled SQLite connection whose {@code BEGIN IMMEDIATE} failed with
 * {@code SQLITE_BUSY} (another writer held the lock longer than {@code busy_timeout}):
 * sqlite-jdbc has already switched the connection to manual commit, so, returned to the
 * pool as it is, it poisons the next transaction that borrows it. The platform's pool
 * setting ({@code platform-defaults.yml}) discards such a connection instead. Real SQLite
 * file, real HikariCP pool of one connection, a tiny {@code busy_timeout} and a competing
 * writer on its own connection to the same file.
 */
class SqliteBusyEvictionIntegrationTests {

	private static final String PARAMETERS = "?journal_mode=WAL&busy_timeout=50&transaction_mode=IMMEDIATE";

	@TempDir
	Path dir;

	private HikariDataSource pool;

	@AfterEach
	void closePool() {
		if (this.pool != null) {
			this.pool.close();
		}
	}

	@Test
	void withoutThePlatformSettingABusyBeginPoisonsThePooledConnection() throws SQLException {
		Transactions db = open(null);

		failToBeginWhileAnotherWriterHoldsTheLock(db);

		// The next transaction on the same pooled connection never began: its insert is
		// committed at once, and rolling it back fails.
		assertThatExceptionOfType(TransactionSystemException.class)
			.isThrownBy(() -> db.transactions().executeWithoutResult(status -> {
				db.jdbc().update("INSERT INTO items (id) VALUES (1)");
				status.setRollbackOnly();
			}))
			.withStackTraceContaining("cannot rollback - no transaction is active");
		assertThat(count(db)).as("a rolled-back insert that stayed").isEqualTo(1);
	}

	@Test
	void thePlatformSettingDiscardsTheConnectionSoTheNextTransactionIsWhole() throws SQLException {
		Transactions db = open(platformExceptionOverride());

		failToBeginWhileAnotherWriterHoldsTheLock(db);

		assertThatNoException().isThrownBy(() -> db.transactions().executeWithoutResult(status -> {
			db.jdbc().update("INSERT INTO items (id) VALUES (1)");
			status.setRollbackOnly();
		}));
		assertThat(count(db)).as("the rolled-back insert is gone").isZero();
		db.transactions().executeWithoutResult(status -> db.jdbc().update("INSERT INTO items (id) VALUES (2)"));
		assertThat(count(db)).isEqualTo(1);
		assertThat(this.pool.getHikariPoolMXBean().getTotalConnections()).isEqualTo(1);
	}

	/**
	 * Holds the write lock on a connection of its own while a transaction on the pool
	 * tries to begin: {@code BEGIN IMMEDIATE} waits the 50 ms busy timeout and fails.
	 */
	private void failToBeginWhileAnotherWriterHoldsTheLock(Transactions db) throws SQLException {
		try (Connection writer = DriverManager.getConnection(url(), new Properties());
				Statement statement = writer.createStatement()) {
			statement.execute("BEGIN IMMEDIATE");
			statement.execute("INSERT INTO items (id) VALUES (100)");
			assertThatExceptionOfType(CannotCreateTransactionException.class)
				.isThrownBy(() -> db.transactions()
					.executeWithoutResult(status -> db.jdbc().update("INSERT INTO items (id) VALUES (0)")))
				.withStackTraceContaining("SQLITE_BUSY");
			statement.execute("ROLLBACK");
		}
	}

	private Transactions open(String exceptionOverride) {
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl(url());
		this.pool.setMaximumPoolSize(1);
		this.pool.setExceptionOverrideClassName(exceptionOverride);
		JdbcTemplate jdbc = new JdbcTemplate(this.pool);
		jdbc.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)");
		return new Transactions(jdbc, new TransactionTemplate(new DataSourceTransactionManager(this.pool)));
	}

	private String url() {
		return "jdbc:sqlite:" + this.dir.resolve("busy.db") + PARAMETERS;
	}

	private static long count(Transactions db) {
		return db.jdbc().queryForObject("SELECT COUNT(*) FROM items", Long.class);
	}

	/**
	 * What every service sets:
	 * {@code spring.datasource.hikari.exception-override-class-name}.
	 */
	private static String platformExceptionOverride() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("platform-defaults.yml"));
		String name = yaml.getObject().getProperty("spring.datasource.hikari.exception-override-class-name");
		assertThat(name).as("the platform's pool setting").isNotBlank();
		return name;
	}

	private record Transactions(JdbcTemplate jdbc, TransactionTemplate transactions) {
	}

}

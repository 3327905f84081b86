package com.orderplatform.common.storage;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Spring's built-in error codes do not know SQLite; the platform's
 * {@code sql-error-codes.xml} makes a violated constraint a
 * {@link DataIntegrityViolationException} on SQLite as it is on PostgreSQL, so duplicate
 * detection works the same on both.
 */
class SqliteErrorTranslationTests {

	@Test
	void uniqueViolationIsADataIntegrityViolation(@TempDir Path tmp) {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl("jdbc:sqlite:" + tmp.resolve("t.db"));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("CREATE TABLE payments (order_id BIGINT NOT NULL UNIQUE)");
		jdbc.update("INSERT INTO payments (order_id) VALUES (1)");

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("INSERT INTO payments (order_id) VALUES (1)"));
	}

}

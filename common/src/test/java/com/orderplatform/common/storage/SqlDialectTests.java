package com.orderplatform.common.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SqlDialectTests {

	@Test
	void knowsTheTwoDatabasesByTheirProductNames() {
		assertThat(SqlDialect.ofProduct("SQLite")).isEqualTo(SqlDialect.SQLITE);
		assertThat(SqlDialect.ofProduct("PostgreSQL")).isEqualTo(SqlDialect.POSTGRESQL);
	}

	@Test
	void refusesAnyOtherDatabaseNamingIt() {
		assertThatIllegalStateException().isThrownBy(() -> SqlDialect.ofProduct("MySQL"))
			.withMessage("Unsupported database 'MySQL': the platform runs on SQLite (default) or PostgreSQL");
	}

}

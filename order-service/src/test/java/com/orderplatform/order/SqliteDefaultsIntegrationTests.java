package com.orderplatform.order;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service on its default database, as {@code ./oms run} starts it: a SQLite file in
 * the data directory, in WAL mode, with foreign keys on and a page cache of 32 MiB per
 * connection (SQLite's 2 MiB made a 100,000-row import re-read index pages from the
 * operating system; bench/NOTES.md) and its write-ahead log checkpointed by the commit
 * that takes it past 10,000 pages rather than SQLite's 1,000 (fewer checkpoints during an
 * import; bench/NOTES.md).
 */
class SqliteDefaultsIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void opensItsDatabaseInWalModeWithForeignKeysAThirtyTwoMebibytePageCacheAndLongerLogs() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderServiceApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--oms.data-dir=" + this.dataDir,
				"--oms.initial-admin.password=defaults-test-password-1")) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);

			assertThat(jdbc.sql("PRAGMA cache_size").query(Integer.class).single()).isEqualTo(-32768);
			assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
			assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("PRAGMA wal_autocheckpoint").query(Integer.class).single()).isEqualTo(10_000);
			assertThat(this.dataDir.resolve("order_service.db")).isRegularFile();
		}
	}

}

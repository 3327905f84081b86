package com.orderplatform.common.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteDataDirectoryInitializerTests {

	@Test
	void findsTheFileOfASqliteUrlWithParameters() {
		assertThat(SqliteDataDirectoryInitializer.sqliteFile("jdbc:sqlite:/var/oms/order.db?journal_mode=WAL"))
			.contains(Path.of("/var/oms/order.db"));
		assertThat(SqliteDataDirectoryInitializer.sqliteFile("jdbc:sqlite:file:/var/oms/pay.db"))
			.contains(Path.of("/var/oms/pay.db"));
	}

	@Test
	void ignoresOtherDatabasesAndInMemorySqlite() {
		assertThat(SqliteDataDirectoryInitializer.sqliteFile("jdbc:postgresql://db/orders")).isEmpty();
		assertThat(SqliteDataDirectoryInitializer.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
		assertThat(SqliteDataDirectoryInitializer.sqliteFile(null)).isEmpty();
	}

	@Test
	void createsTheMissingDataDirectory(@TempDir Path tmp) {
		Path dataDir = tmp.resolve("fresh/data");
		SqliteDataDirectoryInitializer initializer = new SqliteDataDirectoryInitializer();
		initializer.setEnvironment(
				new MockEnvironment().withProperty("spring.datasource.url", "jdbc:sqlite:" + dataDir + "/x.db"));

		initializer.postProcessBeanFactory(new DefaultListableBeanFactory());

		assertThat(Files.isDirectory(dataDir)).isTrue();
	}

}

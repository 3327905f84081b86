package com.orderplatform.common.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;

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
	void createsTheMissingDataDirectoryAndTheDatabaseOwnerOnlyAndSqliteKeepsItsFilesSo(@TempDir Path tmp)
			throws Exception {
		// given a fresh data directory
		Path dataDir = tmp.resolve("fresh/data");
		Path database = dataDir.resolve("x.db");
		String url = "jdbc:sqlite:" + database + "?journal_mode=WAL";

		// when
		initializer(url, null).postProcessBeanFactory(new DefaultListableBeanFactory());

		// then the folders and the empty database are owner-only
		assertThat(OwnerOnlyTests.permissions(tmp.resolve("fresh"))).isEqualTo("rwx------");
		assertThat(OwnerOnlyTests.permissions(dataDir)).isEqualTo("rwx------");
		assertThat(OwnerOnlyTests.permissions(database)).isEqualTo("rw-------");
		// and SQLite creates its write-ahead log and shared memory with the same
		// permissions
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE t (id INTEGER)");
			statement.execute("INSERT INTO t VALUES (1)");
			assertThat(OwnerOnlyTests.permissions(dataDir.resolve("x.db-wal"))).isEqualTo("rw-------");
			assertThat(OwnerOnlyTests.permissions(dataDir.resolve("x.db-shm"))).isEqualTo("rw-------");
		}
		assertThat(OwnerOnlyTests.permissions(database)).isEqualTo("rw-------");
	}

	@Test
	void narrowsADataDirectoryAndDatabaseFilesLeftReadableByOthers(@TempDir Path tmp) throws Exception {
		Path dataDir = Files.createDirectory(tmp.resolve("data"), permissions("rwxr-xr-x"));
		Path database = Files.createFile(dataDir.resolve("x.db"), permissions("rw-r--r--"));
		Path wal = Files.createFile(dataDir.resolve("x.db-wal"), permissions("rw-r--r--"));
		Path shm = Files.createFile(dataDir.resolve("x.db-shm"), permissions("rw-rw-rw-"));

		initializer("jdbc:sqlite:" + database, dataDir.toString())
			.postProcessBeanFactory(new DefaultListableBeanFactory());

		assertThat(OwnerOnlyTests.permissions(dataDir)).isEqualTo("rwx------");
		for (Path file : new Path[] { database, wal, shm }) {
			assertThat(OwnerOnlyTests.permissions(file)).as(file.toString()).isEqualTo("rw-------");
		}
	}

	private static SqliteDataDirectoryInitializer initializer(String url, String dataDir) {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url);
		if (dataDir != null) {
			environment.setProperty("oms.data-dir", dataDir);
		}
		SqliteDataDirectoryInitializer initializer = new SqliteDataDirectoryInitializer();
		initializer.setEnvironment(environment);
		return initializer;
	}

	private static FileAttribute<Set<PosixFilePermission>> permissions(String permissions) {
		return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions));
	}

}

package com.orderplatform.common.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Prepares the data directory before any bean is created: the folder of the embedded
 * SQLite database is created owner-only (0700), so a fresh data directory works with
 * nothing prepared by hand, and an existing {@code oms.data-dir} is narrowed to 0700
 * (what is created in it later is created owner-only, see {@link OwnerOnly}); the
 * database file is created empty as 0600 before SQLite opens it, because SQLite creates
 * its {@code -wal} and {@code -shm} files with the database file's permissions (its own
 * default would be 0644 less the umask). Database files left readable by an older version
 * are narrowed.
 */
public class SqliteDataDirectoryInitializer implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	/** The files SQLite keeps beside a database. */
	private static final List<String> SQLITE_COMPANIONS = List.of("-wal", "-shm", "-journal");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String dataDir = this.environment.getProperty("oms.data-dir");
		if (dataDir != null && !dataDir.isBlank()) {
			OwnerOnly.restrict(Path.of(dataDir).toAbsolutePath());
		}
		sqliteFile(this.environment.getProperty("spring.datasource.url"))
			.ifPresent(SqliteDataDirectoryInitializer::prepareDatabase);
	}

	/**
	 * The database file a SQLite JDBC URL points at, if it points at a file.
	 * @param url the JDBC URL, may be {@code null}
	 * @return the file, or empty for other databases and in-memory SQLite
	 */
	static Optional<Path> sqliteFile(String url) {
		if (url == null || !url.startsWith(SQLITE_PREFIX)) {
			return Optional.empty();
		}
		String location = url.substring(SQLITE_PREFIX.length());
		int query = location.indexOf('?');
		location = (query >= 0) ? location.substring(0, query) : location;
		location = location.startsWith("file:") ? location.substring("file:".length()) : location;
		if (location.isEmpty() || location.startsWith(":memory:")) {
			return Optional.empty();
		}
		return Optional.of(Path.of(location).toAbsolutePath());
	}

	private static void prepareDatabase(Path database) {
		createDirectory(database.getParent());
		try {
			OwnerOnly.createFile(database);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot create the SQLite database " + database + "; set OMS_DATA_DIR to a writable folder", ex);
		}
		for (String suffix : SQLITE_COMPANIONS) {
			OwnerOnly.restrict(database.resolveSibling(database.getFileName() + suffix));
		}
	}

	private static void createDirectory(Path directory) {
		try {
			OwnerOnly.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot create the data directory " + directory + "; set OMS_DATA_DIR to a writable folder", ex);
		}
	}

}

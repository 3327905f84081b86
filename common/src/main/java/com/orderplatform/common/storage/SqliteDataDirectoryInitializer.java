package com.orderplatform.common.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Creates the folder of the embedded SQLite database before anything connects to it, so a
 * fresh data directory works with nothing prepared by hand. Runs before any bean is
 * created.
 */
public class SqliteDataDirectoryInitializer implements BeanFactoryPostProcessor, EnvironmentAware {

	private static final String SQLITE_PREFIX = "jdbc:sqlite:";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		sqliteFile(this.environment.getProperty("spring.datasource.url")).map(Path::getParent)
			.ifPresent(SqliteDataDirectoryInitializer::createDirectories);
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

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data directory " + directory
					+ " for the SQLite database; set OMS_DATA_DIR to a writable folder", ex);
		}
	}

}

package com.orderplatform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server (zonky's embedded binaries, as the tests use) holding one
 * database per service ({@code order_service}, {@code payment_service},
 * {@code notification_service}): services never share tables, only the server. Its files
 * live under the cluster's run folder and are created afresh on each start.
 */
final class ClusterDatabases implements AutoCloseable {

	/** The server's superuser; the embedded server trusts local connections. */
	static final String USER = "postgres";

	static final String PASSWORD = "postgres";

	private final EmbeddedPostgres server;

	private ClusterDatabases(EmbeddedPostgres server) {
		this.server = server;
	}

	/**
	 * Starts the server and creates the services' databases.
	 * @param dataDir the server's data folder (emptied first)
	 * @param port its port ({@code 0}: a free one)
	 * @param services the services ({@code order}, …)
	 * @return the running server
	 */
	static ClusterDatabases start(Path dataDir, int port, List<String> services) {
		EmbeddedPostgres server;
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDir)
				.setCleanDataDirectory(true)
				// LocalCluster stops the server itself, after the instances: zonky's own
				// hook
				// would stop it at once on Ctrl-C, under instances still shutting down.
				.setRegisterShutdownHook(false)
				// Six service instances with a pool of eight each, and the tests' own
				// readers.
				.setServerConfig("max_connections", "200");
			if (port > 0) {
				builder.setPort(port);
			}
			server = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL server in " + dataDir, ex);
		}
		ClusterDatabases databases = new ClusterDatabases(server);
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String service : services) {
				statement.execute("CREATE DATABASE " + database(service));
			}
		}
		catch (SQLException ex) {
			databases.close();
			throw new IllegalStateException("Cannot create the services' databases", ex);
		}
		return databases;
	}

	/**
	 * The JDBC URL of a service's database.
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @return the URL (user and password {@link #USER} / {@link #PASSWORD})
	 */
	String jdbcUrl(String service) {
		return this.server.getJdbcUrl(USER, database(service));
	}

	int port() {
		return this.server.getPort();
	}

	private static String database(String service) {
		return service.toLowerCase(Locale.ROOT) + "_service";
	}

	@Override
	public void close() {
		try {
			this.server.close();
		}
		catch (IOException ex) {
			System.err.println("Could not stop the embedded PostgreSQL server: " + ex);
		}
	}

}

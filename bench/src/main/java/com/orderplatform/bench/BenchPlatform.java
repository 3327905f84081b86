package com.orderplatform.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServicePlatformBuilder;
import com.orderplatform.testsupport.process.ServiceProcess;

/**
 * The three services as real processes on free ports, with a fresh data directory: the
 * embedded SQLite default, or PostgreSQL databases when JDBC URLs are given. The
 * processes are started by test-support's {@link ServicePlatform}, the launcher the
 * end-to-end tests use too; what is the benchmark's own is here: the order service runs
 * with its heap capped at 256 MiB and a GC log, so its memory can be measured, every
 * service with class-data sharing ({@link RunnableJars}); or the benchmark points at
 * services already running ({@link #external}).
 */
final class BenchPlatform implements AutoCloseable {

	static final String ADMIN_PASSWORD = "bench-admin-password-0123";

	static final String VERSION = "0.1.0-SNAPSHOT";

	/** The order service's heap cap (the memory target). */
	static final String ORDER_HEAP = "-Xmx256m";

	final PlatformApi api;

	/** The order service's process, {@code null} for services already running. */
	final ServiceProcess order;

	final Path dataDir;

	/**
	 * The order service's database (JDBC URL, user and password {@code postgres} on
	 * PostgreSQL), {@code null} for services already running.
	 */
	final String orderDatabase;

	private final ServicePlatform services;

	private BenchPlatform(PlatformApi api, ServicePlatform services, String orderDatabase) {
		this.api = api;
		this.services = services;
		this.order = (services != null) ? services.order() : null;
		this.dataDir = (services != null) ? services.dataDir() : null;
		this.orderDatabase = orderDatabase;
	}

	/**
	 * Starts the three services and logs in as the admin.
	 * @param root the repository folder (the services' jars are under it)
	 * @param logDir where the services log
	 * @param databaseUrls {@code ORDER}, {@code PAYMENT}, {@code NOTIFICATION} → JDBC URL
	 * (user and password {@code postgres}); empty for SQLite
	 * @param profile where each service's Java Flight Recording goes
	 * ({@code <profile>-<service>.jfr}, written when it stops), {@code null} for none
	 * @return the running platform
	 */
	static BenchPlatform start(Path root, Path logDir, Map<String, String> databaseUrls, Path profile) {
		return start(root, logDir, databaseUrls, profile, Map.of());
	}

	/**
	 * Starts the three services with further environment variables (e.g. raised import
	 * limits) and logs in as the admin.
	 * @param root the repository folder (the services' jars are under it)
	 * @param logDir where the services log
	 * @param databaseUrls {@code ORDER}, {@code PAYMENT}, {@code NOTIFICATION} → JDBC URL
	 * (user and password {@code postgres}); empty for SQLite
	 * @param profile where each service's Java Flight Recording goes, {@code null} for
	 * none
	 * @param extraEnvironment variables every service gets besides the benchmark's own
	 * @return the running platform
	 */
	static BenchPlatform start(Path root, Path logDir, Map<String, String> databaseUrls, Path profile,
			Map<String, String> extraEnvironment) {
		return start(root, logDir, databaseUrls, profile, extraEnvironment, false);
	}

	/**
	 * Starts the three services on SQLite as a training run ({@link JvmTraining}): each
	 * records an AOT cache that it writes as it stops.
	 * @param root the repository folder (the services' jars are under it)
	 * @param logDir where the services log
	 * @return the running platform
	 */
	static BenchPlatform training(Path root, Path logDir) {
		return start(root, logDir, Map.of(), null, Map.of(), true);
	}

	private static BenchPlatform start(Path root, Path logDir, Map<String, String> databaseUrls, Path profile,
			Map<String, String> extraEnvironment, boolean recordAotCache) {
		Path dataDir = ServicePlatform.newDataDir("oms-bench-data-");
		Map<String, String> environment = new HashMap<>(extraEnvironment);
		environment.put("OMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		databaseUrls.forEach((service, url) -> {
			environment.put("OMS_" + service + "_DB_URL", url);
			environment.put("OMS_" + service + "_DB_USERNAME", "postgres");
			environment.put("OMS_" + service + "_DB_PASSWORD", "postgres");
		});
		if (!databaseUrls.isEmpty()) {
			// Services on PostgreSQL refuse to start without their shared secrets.
			environment.putAll(TestDatabases.POSTGRES_SECRETS);
		}
		RunnableJars jars = new RunnableJars(root, logDir);
		ServicePlatformBuilder builder = ServicePlatform.builder(dataDir)
			.jars(jars::extracted, "build first (./oms bench builds)")
			.logDir(logDir)
			.environment(environment)
			// its own settings only: never a database, bucket or limit the caller's
			// environment holds for another platform
			.withoutInheritedSettings()
			.startTimeout(Duration.ofMinutes(3));
		for (String service : ServicePlatform.SERVICES) {
			String module = service + "-service";
			// A JVM that writes the class-data sharing archive records nothing (JFR is
			// disabled during CDS dumping), so a profiled platform goes without it.
			builder.jvmOptions(service, (profile != null) ? List.of(flightRecording(profile, service))
					: recordAotCache ? jars.recordingOptions(module) : jars.jvmOptions(module));
		}
		builder.jvmOptions("order", List.of(ORDER_HEAP, "-Xlog:gc:file=" + dataDir.resolve("order-gc.log")));
		ServicePlatform services = builder.start();
		String orderDatabase = databaseUrls.getOrDefault("ORDER", "jdbc:sqlite:" + dataDir.resolve("order_service.db")
				+ "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true");
		BenchPlatform platform = new BenchPlatform(new PlatformApi(services.order().baseUri(),
				services.payment().baseUri(), services.notification().baseUri()), services, orderDatabase);
		try {
			platform.api.login("admin", ADMIN_PASSWORD);
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
		return platform;
	}

	/**
	 * The option that records a service with the JDK's {@code profile} settings (Java
	 * methods sampled every 10 ms, allocations, locks, I/O) until it stops.
	 * @param profile the recordings' path prefix
	 * @param service {@code order}, {@code payment} or {@code notification}
	 * @return the JVM option
	 */
	static String flightRecording(Path profile, String service) {
		return "-XX:StartFlightRecording=filename=" + profile + "-" + service + ".jfr,settings=profile,dumponexit=true";
	}

	/**
	 * Services already running; measurements that need the order service's process
	 * (memory) are skipped.
	 * @param order the order service
	 * @param payment the payment service
	 * @param notification the notification service
	 * @param username an admin
	 * @param password the admin's password
	 * @return the platform
	 */
	static BenchPlatform external(URI order, URI payment, URI notification, String username, String password) {
		PlatformApi api = new PlatformApi(order, payment, notification);
		api.login(username, password);
		return new BenchPlatform(api, null, null);
	}

	/**
	 * Whether the benchmark started the services itself.
	 * @return whether the order service's process is known
	 */
	boolean owned() {
		return this.order != null;
	}

	/**
	 * The services' process ids.
	 * @return the ids, none for services already running
	 */
	List<Long> pids() {
		return (this.services != null) ? this.services.all().stream().map(ServiceProcess::pid).toList() : List.of();
	}

	Path gcLog() {
		return this.dataDir.resolve("order-gc.log");
	}

	/**
	 * Fails if a service has died (a crash under load is a failed run).
	 */
	void checkAlive() {
		if (this.services == null) {
			return;
		}
		for (ServiceProcess service : this.services.all()) {
			if (!service.isAlive()) {
				throw new IllegalStateException(service.name() + " died; see " + service.logFile());
			}
		}
	}

	/**
	 * Stops the services and deletes the data directory (a no-op for services already
	 * running).
	 */
	@Override
	public void close() {
		if (this.services != null) {
			this.services.close();
		}
	}

}

package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three services as real processes on free ports, with a fresh data directory: the
 * embedded SQLite default, or PostgreSQL databases when JDBC URLs are given. The order
 * service runs with its heap capped at 256 MiB and a GC log, so its memory can be
 * measured; or the benchmark points at services already running ({@link #external}).
 */
final class BenchPlatform implements AutoCloseable {

	static final String ADMIN_PASSWORD = "bench-admin-password-0123";

	static final String VERSION = "0.1.0-SNAPSHOT";

	/** The order service's heap cap (the memory target). */
	static final String ORDER_HEAP = "-Xmx256m";

	final PlatformApi api;

	final ServiceProcess order;

	final Path dataDir;

	/**
	 * The order service's database (JDBC URL, user and password {@code postgres} on
	 * PostgreSQL), {@code null} for services already running.
	 */
	final String orderDatabase;

	private final List<ServiceProcess> all;

	private Thread stopOnExit;

	private BenchPlatform(PlatformApi api, ServiceProcess order, List<ServiceProcess> all, Path dataDir,
			String orderDatabase) {
		this.api = api;
		this.order = order;
		this.all = all;
		this.dataDir = dataDir;
		this.orderDatabase = orderDatabase;
	}

	/**
	 * Starts the three services and logs in as the admin.
	 * @param root the repository folder (the services' jars are under it)
	 * @param logDir where the services log
	 * @param databaseUrls {@code ORDER}, {@code PAYMENT}, {@code NOTIFICATION} → JDBC URL
	 * (user and password {@code postgres}); empty for SQLite
	 * @return the running platform
	 */
	static BenchPlatform start(Path root, Path logDir, Map<String, String> databaseUrls) {
		Path dataDir = createTempDir();
		createDirectories(logDir);
		int orderPort = ServiceProcess.freePort();
		int paymentPort = ServiceProcess.freePort();
		int notificationPort = ServiceProcess.freePort();
		Map<String, String> common = new HashMap<>();
		common.put("OMS_DATA_DIR", dataDir.toString());
		common.put("OMS_ORDER_URL", "http://127.0.0.1:" + orderPort);
		common.put("OMS_PAYMENT_URL", "http://127.0.0.1:" + paymentPort);
		common.put("OMS_NOTIFICATION_URL", "http://127.0.0.1:" + notificationPort);
		common.put("OMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		databaseUrls.forEach((service, url) -> {
			common.put("OMS_" + service + "_DB_URL", url);
			common.put("OMS_" + service + "_DB_USERNAME", "postgres");
			common.put("OMS_" + service + "_DB_PASSWORD", "postgres");
		});
		ServiceProcess order = service(root, "order", orderPort, common,
				List.of(ORDER_HEAP, "-Xlog:gc:file=" + dataDir.resolve("order-gc.log")), logDir);
		ServiceProcess payment = service(root, "payment", paymentPort, common, List.of(), logDir);
		ServiceProcess notification = service(root, "notification", notificationPort, common, List.of(), logDir);
		List<ServiceProcess> all = List.of(payment, notification, order);
		PlatformApi api = new PlatformApi(order.baseUri(), payment.baseUri(), notification.baseUri());
		String orderDatabase = databaseUrls.getOrDefault("ORDER", "jdbc:sqlite:" + dataDir.resolve("order_service.db")
				+ "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true");
		BenchPlatform platform = new BenchPlatform(api, order, all, dataDir, orderDatabase);
		// Ctrl-C or a kill of the benchmark must not leave the services running.
		Thread stopOnExit = new Thread(() -> all.forEach(ServiceProcess::stop), "bench-platform-stop");
		Runtime.getRuntime().addShutdownHook(stopOnExit);
		platform.stopOnExit = stopOnExit;
		try {
			all.forEach(ServiceProcess::launch);
			all.forEach((service) -> service.awaitReady(Duration.ofMinutes(3)));
			api.login("admin", ADMIN_PASSWORD);
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
		return platform;
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
		return new BenchPlatform(api, null, List.of(), null, null);
	}

	/**
	 * Whether the benchmark started the services itself.
	 * @return whether the order service's process is known
	 */
	boolean owned() {
		return this.order != null;
	}

	Path gcLog() {
		return this.dataDir.resolve("order-gc.log");
	}

	/**
	 * Fails if a service has died (a crash under load is a failed run).
	 */
	void checkAlive() {
		for (ServiceProcess service : this.all) {
			if (!service.isAlive()) {
				throw new IllegalStateException(service.name() + " died; see " + service.logFile());
			}
		}
	}

	@Override
	public void close() {
		this.all.forEach(ServiceProcess::stop);
		if (this.stopOnExit != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(this.stopOnExit);
			}
			catch (IllegalStateException ex) {
				// Already exiting: the hook is running.
			}
		}
		if (this.dataDir != null) {
			deleteRecursively(this.dataDir);
		}
	}

	private static ServiceProcess service(Path root, String name, int port, Map<String, String> common,
			List<String> jvmOptions, Path logDir) {
		Map<String, String> environment = new HashMap<>(common);
		environment.put("OMS_" + name.toUpperCase(java.util.Locale.ROOT) + "_PORT", Integer.toString(port));
		String module = name + "-service";
		Path jar = root.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
		return new ServiceProcess(module, jar, port, environment, jvmOptions, logDir, root.resolve("bench/target/run"));
	}

	private static Path createTempDir() {
		try {
			return Files.createTempDirectory("oms-bench-data-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary folder left behind is harmless.
		}
	}

}

package com.orderplatform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The whole platform as a user runs it: three service processes on real ports, each with
 * its embedded SQLite database in one fresh data directory, email going to a real SMTP
 * server (GreenMail, in this JVM).
 */
final class Platform implements AutoCloseable {

	final ServiceProcess order;

	final ServiceProcess payment;

	final ServiceProcess notification;

	/** The first admin's password, set through the environment as an operator would. */
	static final String ADMIN_PASSWORD = "e2e-admin-password-0123";

	final Path dataDir;

	/**
	 * The port a browser test serves the dashboard on: the services allow CORS from it
	 * (as {@code http://127.0.0.1:port} and {@code http://localhost:port}).
	 */
	final int dashboardPort;

	/** The SMTP server all email goes to. */
	final GreenMail smtp;

	private static Platform shared;

	private Platform(GreenMail smtp, Path dataDir, int dashboardPort, ServiceProcess order, ServiceProcess payment,
			ServiceProcess notification) {
		this.smtp = smtp;
		this.dataDir = dataDir;
		this.dashboardPort = dashboardPort;
		this.order = order;
		this.payment = payment;
		this.notification = notification;
	}

	/**
	 * The platform shared by all end-to-end test classes of this JVM, started on first
	 * use and stopped when the JVM exits. Tests that stop or kill a service restart it
	 * before they end.
	 * @return the running platform
	 */
	static synchronized Platform shared() {
		if (shared == null) {
			GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			smtp.start();
			shared = start(smtp, Map.of(), logDir());
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "e2e-platform-stop"));
		}
		return shared;
	}

	/**
	 * A platform of its own for tests that need special settings or leave work behind
	 * (queues, thousands of orders): its own data directory, SMTP server and logs (under
	 * {@code e2e-logs/<name>/}). The caller closes it.
	 * @param name the folder of its logs
	 * @param settings environment variables set on all three services, over the defaults
	 * @return the running platform
	 */
	static Platform dedicated(String name, Map<String, String> settings) {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		return start(smtp, settings, logDir().resolve(name));
	}

	private static Path logDir() {
		return Path.of(System.getProperty("e2e.log-dir", "target/e2e-logs"));
	}

	private static Platform start(GreenMail smtp, Map<String, String> settings, Path logDir) {
		int smtpPort = smtp.getSmtp().getPort();
		Path dataDir = createDataDir();
		createDirectories(logDir);
		int orderPort = ServiceProcess.freePort();
		int paymentPort = ServiceProcess.freePort();
		int notificationPort = ServiceProcess.freePort();
		int dashboardPort = ServiceProcess.freePort();
		Map<String, String> common = new HashMap<>();
		common.put("OMS_DATA_DIR", dataDir.toString());
		common.put("OMS_ORDER_URL", "http://127.0.0.1:" + orderPort);
		common.put("OMS_PAYMENT_URL", "http://127.0.0.1:" + paymentPort);
		common.put("OMS_NOTIFICATION_URL", "http://127.0.0.1:" + notificationPort);
		common.put("OMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		common.put("OMS_CORS_ALLOWED_ORIGINS",
				"http://127.0.0.1:" + dashboardPort + ",http://localhost:" + dashboardPort);
		common.put("OMS_SMTP_HOST", "127.0.0.1");
		common.put("OMS_SMTP_PORT", Integer.toString(smtpPort));
		// Keep retries quick so outage scenarios finish in seconds, not minutes.
		common.put("OMS_PAYMENT_INITIAL_BACKOFF", "100ms");
		common.put("OMS_NOTIFICATION_INITIAL_BACKOFF", "100ms");
		common.putAll(settings);
		ServiceProcess order = service("order-service", orderPort, "OMS_ORDER_PORT", common, logDir);
		ServiceProcess payment = service("payment-service", paymentPort, "OMS_PAYMENT_PORT", common, logDir);
		ServiceProcess notification = service("notification-service", notificationPort, "OMS_NOTIFICATION_PORT", common,
				logDir);
		Platform platform = new Platform(smtp, dataDir, dashboardPort, order, payment, notification);
		List<ServiceProcess> all = platform.all();
		all.forEach(ServiceProcess::launch);
		try {
			all.forEach(ServiceProcess::awaitReady);
		}
		catch (RuntimeException ex) {
			platform.close();
			throw ex;
		}
		return platform;
	}

	List<ServiceProcess> all() {
		return List.of(this.payment, this.notification, this.order);
	}

	/**
	 * Restarts a stopped service and waits until it is healthy again.
	 * @param service the service
	 */
	void restart(ServiceProcess service) {
		service.stop();
		service.launch();
		service.awaitReady();
	}

	@Override
	public void close() {
		all().forEach(ServiceProcess::stop);
		this.smtp.stop();
	}

	private static ServiceProcess service(String name, int port, String portVariable, Map<String, String> common,
			Path logDir) {
		Map<String, String> environment = new HashMap<>(common);
		environment.put(portVariable, Integer.toString(port));
		Path jar = Path.of(System.getProperty("e2e." + name + ".jar", name + ".jar"));
		return new ServiceProcess(name, jar, port, environment, logDir);
	}

	private static Path createDataDir() {
		try {
			return Files.createTempDirectory("oms-e2e-data-");
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

}

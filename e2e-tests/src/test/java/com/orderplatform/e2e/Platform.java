package com.orderplatform.e2e;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServiceProcess;

/**
 * The whole platform as a user runs it: three service processes on real ports, each with
 * its embedded SQLite database in one fresh data directory, email going to a real SMTP
 * server (GreenMail, in this JVM). The processes are started by test-support's
 * {@link ServicePlatform}; what is the end-to-end tests' own is here: the SMTP server,
 * the admin's password, quick retries, the dashboard's port the services allow by CORS,
 * and the logs under {@code target/e2e-logs}. The data directory
 * ({@code /tmp/oms-e2e-data-*}) is deleted on close, unless a test of this run has failed
 * ({@link FailedTests}): then it is kept, and its path printed, for its databases.
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

	private final ServicePlatform services;

	private static Platform shared;

	private Platform(GreenMail smtp, int dashboardPort, ServicePlatform services) {
		this.smtp = smtp;
		this.dashboardPort = dashboardPort;
		this.services = services;
		this.dataDir = services.dataDir();
		this.order = services.order();
		this.payment = services.payment();
		this.notification = services.notification();
	}

	/**
	 * The platform shared by all end-to-end test classes of this JVM, started on first
	 * use and stopped when the JVM exits. Tests that stop or kill a service restart it
	 * before they end.
	 * @return the running platform
	 */
	static synchronized Platform shared() {
		if (shared == null) {
			shared = start(Map.of(), logDir());
			Runtime.getRuntime().addShutdownHook(new Thread(shared.smtp::stop, "e2e-smtp-stop"));
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
		return start(settings, logDir().resolve(name));
	}

	private static Path logDir() {
		return Path.of(System.getProperty("e2e.log-dir", "target/e2e-logs"));
	}

	private static Platform start(Map<String, String> settings, Path logDir) {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		int dashboardPort = ServiceProcess.freePort();
		Map<String, String> environment = new HashMap<>();
		environment.put("OMS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		environment.put("OMS_CORS_ALLOWED_ORIGINS",
				"http://127.0.0.1:" + dashboardPort + ",http://localhost:" + dashboardPort);
		environment.put("OMS_SMTP_HOST", "127.0.0.1");
		environment.put("OMS_SMTP_PORT", Integer.toString(smtp.getSmtp().getPort()));
		// Keep retries quick so outage scenarios finish in seconds, not minutes.
		environment.put("OMS_PAYMENT_INITIAL_BACKOFF", "100ms");
		environment.put("OMS_NOTIFICATION_INITIAL_BACKOFF", "100ms");
		environment.putAll(settings);
		try {
			ServicePlatform services = ServicePlatform.builder(ServicePlatform.newDataDir("oms-e2e-data-"))
				.jars((module) -> Path.of(System.getProperty("e2e." + module + ".jar", module + ".jar")),
						"run the build with 'verify' so the services are packaged first")
				.logDir(logDir)
				.environment(environment)
				.jvmOptions(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"))
				.keepDataWhen(FailedTests::any)
				.start();
			return new Platform(smtp, dashboardPort, services);
		}
		catch (RuntimeException ex) {
			smtp.stop();
			throw ex;
		}
	}

	List<ServiceProcess> all() {
		return this.services.all();
	}

	/**
	 * Restarts a service (stopping it first if it runs) with its environment as it is
	 * now, and waits until it is healthy again.
	 * @param service the service
	 */
	void restart(ServiceProcess service) {
		service.restart();
	}

	@Override
	public void close() {
		this.services.close();
		this.smtp.stop();
	}

}

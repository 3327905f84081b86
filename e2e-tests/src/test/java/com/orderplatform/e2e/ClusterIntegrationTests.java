package com.orderplatform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.cluster.LocalCluster;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.testsupport.GatewayLedger;
import com.orderplatform.testsupport.process.ServicePlatform;
import com.orderplatform.testsupport.process.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The production topology, proven with real parts: two instances of each service as
 * processes on one embedded PostgreSQL server, uploads in an S3-compatible server
 * (S3Proxy), nginx in front of each service, email to a real SMTP server in this JVM. Six
 * 10,000-row imports go in through the balancer with a global limit of five; an order
 * instance and a payment instance are SIGKILLed midway. Whatever instance serves a
 * request, the outcome is exact: never more than five imports at once, the dead
 * instance's job resumed by the other, no order charged twice at the gateway, never more
 * than ten emails in any second from both notification instances, every valid row in one
 * order with one payment and one confirmation. The observed figures go to the report
 * ({@link ReliabilityReport}, lines {@code RELIABILITY | cluster …}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIntegrationTests {

	private static final int FILES = 6;

	private static final int ROWS = 10_000;

	private static final int GLOBAL_LIMIT = 5;

	private static final Duration LEASE = Duration.ofSeconds(5);

	private static FlakySmtpServer smtp;

	private static LocalCluster cluster;

	private static ApiClient admin;

	@BeforeAll
	static void startCluster() {
		smtp = new FlakySmtpServer();
		Instant started = Instant.now();
		Map<String, String> environment = new HashMap<>();
		environment.put("OMS_ADMIN_PASSWORD", Platform.ADMIN_PASSWORD);
		environment.put("OMS_SMTP_HOST", "127.0.0.1");
		environment.put("OMS_SMTP_PORT", Integer.toString(smtp.port()));
		environment.put("OMS_IMPORT_MAX_CONCURRENT_JOBS", Integer.toString(GLOBAL_LIMIT));
		environment.put("OMS_IMPORT_LEASE", LEASE.toSeconds() + "s");
		environment.put("OMS_IMPORT_POLL_INTERVAL", "500ms");
		environment.put("OMS_PAYMENT_INITIAL_BACKOFF", "100ms");
		environment.put("OMS_NOTIFICATION_INITIAL_BACKOFF", "100ms");
		cluster = LocalCluster.builder(ServicePlatform.newDataDir("oms-e2e-cluster-"))
			.freePorts()
			.jars((module) -> Path.of(System.getProperty("e2e." + module + ".jar", module + ".jar")),
					"run the build with 'verify' so the services are packaged first")
			.environment(environment)
			.jvmOptions(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
			.keepRunDirWhen(FailedTests::any)
			.start();
		ReliabilityReport.record("cluster start", "2 x 3 instances, PostgreSQL, S3Proxy, nginx healthy after "
				+ Duration.between(started, Instant.now()).toMillis() + " ms");
		admin = new ApiClient().login(balancer("order"), "admin", Platform.ADMIN_PASSWORD);
	}

	@AfterAll
	static void stopCluster() {
		if (cluster != null) {
			cluster.close();
		}
		if (smtp != null) {
			smtp.close();
		}
	}

	@Test
	@Order(1)
	void eitherOrderInstanceServesTheFilesAndConfirmsADryRunTheOtherValidated() {
		OrderCsvFile file = OrderCsvFile.generate("cluster-dry-" + System.nanoTime(), 1_000, true);
		ApiClient.Response accepted = admin.postFile(balancer("order"), "/api/v1/imports",
				Map.of("dry_run", "true", "notify", "none"), "dry-run.csv", file.bytes());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String job = accepted.as(ImportJobView.class).id();
		assertThat(awaitFinished(job).status()).isEqualTo(ImportJobStatus.VALIDATED);
		List<ServiceProcess> orders = cluster.instances("order");

		List<String> errorFiles = orders.stream().map((instance) -> download(instance, job, "errors.csv")).toList();
		assertThat(errorFiles.get(0)).isEqualTo(errorFiles.get(1));
		assertThat(errorFiles.get(0).split("\r\n")).hasSize(file.failedRows() + 1);

		ApiClient.Response confirmed = admin.postEmpty(orders.get(1).baseUri(), "/api/v1/imports/" + job + "/confirm");
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(202);
		assertThat(awaitFinished(job).status()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
		List<String> results = orders.stream().map((instance) -> download(instance, job, "results.csv")).toList();
		assertThat(results.get(0)).isEqualTo(results.get(1));
		assertThat(results.get(0).split("\r\n")).hasSize(file.rows() + 1);
		ImportLedger ledger = ledger(job);
		assertThat(ledger.orders()).hasSize(file.importedOrders());
		assertThat(ledger.ordersByStatus()).containsExactly(Map.entry("paid", (long) file.importedOrders()));
	}

	@Test
	@Order(2)
	void sixImportsThroughTheBalancerStayWithinTheGlobalLimitAndSurviveKilledInstancesExactlyOnce() throws Exception {
		List<OrderCsvFile> files = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			files.add(OrderCsvFile.generate("cluster-" + i + "-" + System.nanoTime(), ROWS, true));
		}
		Instant began = Instant.now();
		List<String> jobs = new ArrayList<>();
		int maxActive;
		try (ClusterImportWatch watch = ClusterImportWatch.start(cluster.jdbcUrl("order"), cluster.databaseUser())) {
			for (OrderCsvFile file : files) {
				ApiClient.Response accepted = admin.postFile(balancer("order"), "/api/v1/imports",
						Map.of("notify", "per_order"), "cluster-" + jobs.size() + ".csv", file.bytes());
				assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
				jobs.add(accepted.as(ImportJobView.class).id());
			}

			ClusterImportWatch.Claim victim = watch.awaitRunningJob(1_000, Duration.ofSeconds(120));
			ServiceProcess killedOrder = instance("order", victim.owner());
			Instant killedAt = Instant.now();
			killedOrder.kill();
			cluster.instances("payment").get(1).kill();
			ClusterImportWatch.Claim resumed = watch.awaitResumedElsewhere(victim, Duration.ofSeconds(90));
			Duration resumedAfter = Duration.between(killedAt, resumed.seenAt());

			for (String job : jobs) {
				awaitFinished(job);
			}
			Duration took = Duration.between(began, Instant.now());

			ReliabilityReport.record("cluster imports",
					FILES + " x " + ROWS + " rows through nginx, global limit " + GLOBAL_LIMIT + ": at most "
							+ watch.maxActive() + " at once; " + victim.owner() + " SIGKILLed at row "
							+ victim.processedRows() + " of its job, resumed by " + resumed.owner() + " after "
							+ resumedAfter.toMillis() + " ms (lease " + LEASE.toSeconds()
							+ " s); payment-2 SIGKILLed; all " + FILES + " ended in " + took.toSeconds() + " s");
			assertThat(resumed.owner()).isNotEqualTo(victim.owner());
			assertThat(resumedAfter).isLessThan(LEASE.multipliedBy(6));
			assertThat(watch.owners()).as("instances that ran an import")
				.containsExactlyInAnyOrder("order-1", "order-2");
			maxActive = watch.maxActive();
		}

		GatewayLedger gateway = GatewayLedger.of(cluster.jdbcUrl("payment"), cluster.databaseUser(),
				cluster.databaseUser());
		Map<String, Integer> charges = gateway.chargesPerOrder();
		assertThat(gateway.chargedMoreThanOnce()).as("orders charged more than once at the gateway").isEmpty();
		long imported = 0;
		for (int i = 0; i < FILES; i++) {
			ImportLedger ledger = assertExactLedger(jobs.get(i), files.get(i));
			for (Long order : ledger.orders().keySet()) {
				assertThat(charges.get(Long.toString(order))).as("gateway charges of order " + order).isEqualTo(1);
			}
			imported += ledger.orders().size();
		}
		ReliabilityReport.record("cluster ledger",
				imported + " orders in " + FILES + " imports, each paid once and confirmed once; gateway charges "
						+ gateway.total() + ", charged more than once: " + gateway.chargedMoreThanOnce().size());
		assertThat(maxActive).as("imports validating or processing at once, both instances together")
			.isLessThanOrEqualTo(GLOBAL_LIMIT);
	}

	@Test
	@Order(3)
	void bothNotificationInstancesTogetherNeverSendMoreThanTenInAnySecond() throws SQLException {
		await().atMost(Duration.ofSeconds(60)).until(() -> smtp.attempts().size() >= 100);
		List<Instant> sends = sendMoments();
		List<Instant> received = smtp.attempts();
		int busiest = SlidingWindow.maxWithin(sends, Duration.ofSeconds(1));
		ReliabilityReport.record("cluster email pace",
				sends.size() + " emails sent by 2 notification instances (" + sendersOf() + "); at most " + busiest
						+ " started in any second (limit 10); at the SMTP server at most "
						+ SlidingWindow.maxWithin(received, Duration.ofSeconds(1))
						+ " arrived in any second (delivery time varies)");

		assertThat(sendersOf()).as("notification instances that sent").isEqualTo(2L);
		assertThat(busiest).as("sends started in the busiest second").isLessThanOrEqualTo(10);
	}

	/**
	 * When each sent notification's send began: the moment its instance took the shared
	 * send permit, on the database's clock ({@code sent_at}), which is what the rate
	 * limit bounds. Arrivals at the SMTP server add each delivery's own duration.
	 */
	private static List<Instant> sendMoments() throws SQLException {
		String user = cluster.databaseUser();
		List<Instant> moments = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(cluster.jdbcUrl("notification"), user, user);
				Statement statement = db.createStatement();
				ResultSet rows = statement
					.executeQuery("SELECT sent_at FROM notifications WHERE sent_at IS NOT NULL")) {
			while (rows.next()) {
				moments.add(rows.getTimestamp(1).toInstant());
			}
		}
		return moments;
	}

	/** How many notification instances have sent (each logs every send it made). */
	private static long sendersOf() {
		return cluster.instances("notification").stream().filter((instance) -> {
			try (Stream<String> lines = Files.lines(instance.logFile())) {
				return lines.anyMatch((line) -> line.contains(" sent, attempt "));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).count();
	}

	private ImportLedger assertExactLedger(String job, OrderCsvFile file) throws SQLException {
		ImportJobView view = admin.get(balancer("order"), "/api/v1/imports/" + job).as(ImportJobView.class);
		assertThat(view.status()).as(view.error()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(view.errorCode()).isNull();
		assertThat(view.successRows()).isEqualTo(file.validRows());
		assertThat(view.failedRows()).isEqualTo(file.failedRows());
		ImportLedger ledger = ledger(job);
		assertThat(ledger.orders()).hasSize(file.importedOrders());
		assertThat(ledger.ordersByStatus()).containsExactly(Map.entry("paid", (long) file.importedOrders()));
		assertThat(ledger.items()).isEqualTo(file.validRows());
		assertThat(ledger.orderTotal()).isEqualTo(file.importedAmount());
		assertThat(ledger.payments()).isEqualTo(ledger.orders());
		assertThat(ledger.paymentsByStatus()).containsExactly(Map.entry("completed", (long) file.importedOrders()));
		assertThat(ledger.confirmations()).isEqualTo(file.importedOrders());
		assertThat(ledger.confirmedOrders()).isEqualTo(file.importedOrders());
		return ledger;
	}

	private static ImportLedger ledger(String job) {
		String user = cluster.databaseUser();
		try (Connection orderDb = DriverManager.getConnection(cluster.jdbcUrl("order"), user, user);
				Connection paymentDb = DriverManager.getConnection(cluster.jdbcUrl("payment"), user, user);
				Connection notificationDb = DriverManager.getConnection(cluster.jdbcUrl("notification"), user, user)) {
			return ImportLedger.read(orderDb, paymentDb, notificationDb, job,
					GatewayLedger.of(cluster.jdbcUrl("payment"), user, user));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the cluster's databases", ex);
		}
	}

	private static ImportJobView awaitFinished(String job) {
		return await().dontCatchUncaughtExceptions()
			.atMost(Duration.ofSeconds(240))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> admin.get(balancer("order"), "/api/v1/imports/" + job).as(ImportJobView.class),
					(view) -> view.status().finished() && view.finishedAt() != null);
	}

	private static String download(ServiceProcess instance, String job, String file) {
		ApiClient.Response response = admin.get(instance.baseUri(), "/api/v1/imports/" + job + "/" + file);
		assertThat(response.status()).as(instance.name() + " " + file + ": " + response.body()).isEqualTo(200);
		return response.body();
	}

	private static ServiceProcess instance(String service, String instanceId) {
		int number = Integer.parseInt(instanceId.substring(instanceId.lastIndexOf('-') + 1));
		return cluster.instances(service).get(number - 1);
	}

	private static URI balancer(String service) {
		return cluster.balancer(service);
	}

}

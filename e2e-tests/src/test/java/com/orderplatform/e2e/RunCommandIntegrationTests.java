package com.orderplatform.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.orderplatform.testsupport.LocalAddresses;
import com.orderplatform.testsupport.process.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./oms run --no-build} as a user starts it (in a session of its own, so without a
 * terminal), on a fresh data directory and free ports: everything it creates is
 * owner-only, the generated admin password is in its owner-only file and in no log nor
 * the command's output, the services and the dashboard listen on 127.0.0.1 only, and the
 * dashboard is served with its security headers. On JDK 25 and newer a run that trains
 * the JVMs starts the services from the AOT caches its training wrote, and the next run
 * loads them without training.
 */
// The training test first: a fresh checkout's builds have no caches, so whichever run
// comes first trains; this way one training serves both (either order passes).
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandIntegrationTests {

	private static final Path ROOT = Path.of(System.getProperty("e2e.dashboard.dir", "../dashboard"))
		.toAbsolutePath()
		.normalize()
		.getParent();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final List<String> SERVICES = List.of("order-service", "payment-service", "notification-service");

	private final Path output = Path.of(System.getProperty("e2e.log-dir", "target/e2e-logs")).resolve("oms-run.log");

	private Process run;

	private Path tempRoot;

	@AfterEach
	void stop() throws InterruptedException, IOException {
		if (this.run != null) {
			List<ProcessHandle> children = this.run.descendants().toList();
			this.run.destroy();
			if (!this.run.waitFor(2, TimeUnit.MINUTES)) {
				this.run.destroyForcibly();
			}
			children.forEach(ProcessHandle::destroyForcibly);
		}
		if (this.tempRoot != null) {
			try (Stream<Path> paths = Files.walk(this.tempRoot)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	@Test
	@Order(2)
	void keepsItsFilesOwnerOnlyThePasswordOutOfEveryLogAndListensOnLoopbackOnly() throws Exception {
		// given a fresh data directory and free ports
		this.tempRoot = Files.createTempDirectory("oms-run-");
		Path dataDir = this.tempRoot.resolve("data");
		int order = ServiceProcess.freePort();
		int dashboard = ServiceProcess.freePort();
		int[] ports = { order, ServiceProcess.freePort(), ServiceProcess.freePort(), dashboard };

		// when
		start(dataDir, ports);

		// then every path it created is its owner's only
		for (Path folder : List.of(dataDir, dataDir.resolve("logs"), dataDir.resolve("imports"))) {
			assertThat(permissions(folder)).as(folder.toString()).isEqualTo("rwx------");
		}
		List<Path> files = Stream
			.of("order_service.db", "order_service.db-wal", "order_service.db-shm", "payment_service.db",
					"notification_service.db", "webhook.secret", "gateway-callback.secret", "initial-admin-password",
					"logs/order-service.log", "logs/payment-service.log", "logs/notification-service.log",
					"logs/dashboard.log")
			.map(dataDir::resolve)
			.toList();
		for (Path file : files) {
			assertThat(permissions(file)).as(file.toString()).isEqualTo("rw-------");
		}
		// and the generated password is in its file, which the output points to, and
		// nowhere else
		Path passwordFile = dataDir.resolve("initial-admin-password");
		String password = Files.readString(passwordFile).strip();
		assertThat(password).matches("[A-Za-z0-9]{24}");
		assertThat(Files.readString(this.output))
			.contains("Log in as 'admin' with the password generated on this start: it is in " + passwordFile
					+ " (owner-only).")
			.doesNotContain(password);
		// as are the shared secrets
		List<String> secrets = List.of(password, Files.readString(dataDir.resolve("webhook.secret")).strip(),
				Files.readString(dataDir.resolve("gateway-callback.secret")).strip());
		assertThat(Files.readString(this.output)).doesNotContain(secrets);
		// (the platform's logs; a run that trained the JVMs also has logs/training/)
		try (Stream<Path> logs = Files.list(dataDir.resolve("logs")).filter(Files::isRegularFile)) {
			assertThat(logs.toList()).hasSize(4)
				.allSatisfy(log -> assertThat(Files.readString(log, StandardCharsets.UTF_8)).as(log.toString())
					.doesNotContain(secrets));
		}
		assertThat(login(order, password)).isEqualTo(200);
		// and the services and the dashboard answer on loopback only
		for (int port : ports) {
			assertThat(LocalAddresses.connects(InetAddress.getByName("127.0.0.1"), port)).isTrue();
			for (InetAddress other : LocalAddresses.nonLoopbackIpv4()) {
				assertThatExceptionOfType(ConnectException.class).as("port %d on %s", port, other)
					.isThrownBy(() -> LocalAddresses.connects(other, port));
			}
		}
		// and the dashboard's policy allows exactly the services of this run
		HttpResponse<String> page = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + dashboard + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("; connect-src 'self' http://localhost:"
					+ ports[0] + " http://localhost:" + ports[1] + " http://localhost:" + ports[2] + ";"));
	}

	@Test
	@Order(1)
	void aRunThatTrainsStartsTheServicesFromTheCachesItsTrainingWroteAndTheNextRunLoadsThemWithoutTraining()
			throws Exception {
		// given a run that trains the JVMs (as the first run of a build does)
		this.tempRoot = Files.createTempDirectory("oms-run-");
		Path dataDir = this.tempRoot.resolve("data");
		int[] ports = { ServiceProcess.freePort(), ServiceProcess.freePort(), ServiceProcess.freePort(),
				ServiceProcess.freePort() };
		FileTime before = FileTime.from(Instant.now().minusSeconds(1));
		// (with a setting for this run that would refuse the training's files: the
		// training's own platform must not get it)
		start(dataDir, ports, Map.of("OMS_IMPORT_MAX_ROWS", "5"), "--retrain");
		String output = Files.readString(this.output);
		assertThat(output).doesNotContain("[warning]");

		// then on JDK 25 and newer the training wrote each service one cache for this JDK
		// build, with no recording left beside it, and the services of this run map it
		boolean aot = Runtime.version().feature() >= 25;
		if (aot) {
			assertThat(output).contains("Training the services' JVMs for this build")
				.contains("training ( ")
				.contains("training: done in");
			Map<String, Path> caches = new HashMap<>();
			for (String service : SERVICES) {
				Path run = ROOT.resolve(service).resolve("target/run");
				try (Stream<Path> files = Files.list(run)) {
					List<Path> cache = files.filter((file) -> file.getFileName().toString().matches("app-jdk-.+\\.aot"))
						.toList();
					assertThat(cache).as(service).singleElement().satisfies((file) -> {
						assertThat(file).isNotEmptyFile();
						assertThat(Files.getLastModifiedTime(file)).as("trained by this run").isGreaterThan(before);
					});
					caches.put(service, cache.get(0));
				}
				assertThat(run.resolve("app.recording.aot")).as(service).doesNotExist();
				assertThat(run.resolve("app.recording.aot.config")).as(service).doesNotExist();
			}
			assertMapped(caches);
			// and the training's own services logged beside the platform's
			assertThat(dataDir.resolve("logs/training/order-service.log")).isNotEmptyFile();

			// when it stops and the next run starts
			this.run.destroy();
			assertThat(this.run.waitFor(3, TimeUnit.MINUTES)).as("./oms run stopped; output: %s", this.output).isTrue();
			Map<String, FileTime> trained = new HashMap<>();
			for (Map.Entry<String, Path> cache : caches.entrySet()) {
				trained.put(cache.getKey(), Files.getLastModifiedTime(cache.getValue()));
			}
			start(dataDir, ports);

			// then it trains nothing and its services map the same caches
			assertThat(Files.readString(this.output)).doesNotContain("Training").doesNotContain("[warning]");
			assertMapped(caches);
			for (Map.Entry<String, Path> cache : caches.entrySet()) {
				assertThat(Files.getLastModifiedTime(cache.getValue())).as(cache.getKey())
					.isEqualTo(trained.get(cache.getKey()));
			}
		}
		else {
			// (JDK 21 to 24: no training; each service writes a class-data-sharing
			// archive)
			assertThat(output).doesNotContain("Training");
			this.run.destroy();
			assertThat(this.run.waitFor(3, TimeUnit.MINUTES)).as("./oms run stopped; output: %s", this.output).isTrue();
			for (String service : SERVICES) {
				assertThat(ROOT.resolve(service).resolve("target/run/app.jsa")).as(service).isNotEmptyFile();
			}
		}
	}

	/** Each service's JVM under {@code ./oms run} maps its AOT cache. */
	private void assertMapped(Map<String, Path> caches) throws IOException {
		for (String service : SERVICES) {
			ProcessHandle jvm = this.run.descendants()
				.filter((process) -> process.info()
					.arguments()
					.stream()
					.flatMap(Arrays::stream)
					.anyMatch((argument) -> argument.endsWith(service + "-0.1.0-SNAPSHOT-exec.jar")))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no JVM of " + service + " under ./oms run"));
			assertThat(Files.readString(Path.of("/proc", Long.toString(jvm.pid()), "maps")))
				.as("%s maps its cache", service)
				.contains(caches.get(service).toString());
		}
	}

	private void start(Path dataDir, int[] ports, String... options) throws IOException {
		start(dataDir, ports, Map.of(), options);
	}

	private void start(Path dataDir, int[] ports, Map<String, String> environment, String... options)
			throws IOException {
		Files.createDirectories(this.output.getParent());
		Files.deleteIfExists(this.output);
		List<String> command = new ArrayList<>(List.of("setsid", ROOT.resolve("oms").toString(), "run", "--no-build"));
		command.addAll(List.of(options));
		// setsid: a session of its own, so no controlling terminal, as under a service
		// manager
		ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.output.toFile());
		builder.environment().remove("OMS_ADMIN_PASSWORD");
		builder.environment().put("OMS_DATA_DIR", dataDir.toString());
		builder.environment().put("OMS_ORDER_PORT", Integer.toString(ports[0]));
		builder.environment().put("OMS_PAYMENT_PORT", Integer.toString(ports[1]));
		builder.environment().put("OMS_NOTIFICATION_PORT", Integer.toString(ports[2]));
		builder.environment().put("OMS_DASHBOARD_PORT", Integer.toString(ports[3]));
		builder.environment().putAll(environment);
		this.run = builder.start();
		await().alias("./oms run to report the platform running (output: " + this.output + ")")
			// (a run that trains the JVMs first takes 1-2 minutes longer)
			.atMost(Duration.ofMinutes(6))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				assertThat(this.run.isAlive()).as("./oms run is alive; output: %s", this.output).isTrue();
				return Files.readString(this.output).contains("The order platform is running");
			});
	}

	private static int login(int port, String password) throws IOException, InterruptedException {
		return HTTP
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"username\": \"admin\", \"password\": \"" + password + "\"}"))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}

package com.orderplatform.order.bulkimport.job.run;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.ImportService;
import com.orderplatform.order.bulkimport.ImportUpload;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Import jobs claimed by two order-service instances on one database, one subclass per
 * engine: each instance is a whole application context with its own pool, runner,
 * heartbeat and random instance id, as a second process would be, sharing the database
 * and the upload folder. Jobs whose file name starts with {@code blocked-} are held at a
 * {@link CountingGate} before they read their file, so a test knows which jobs are
 * running and that they cannot end; the gate also records, each time a runner starts a
 * job, how many jobs the database shows running, and when. One test also runs an instance
 * as a separate process and lets it halt mid-import, as a killed one would.
 */
abstract class AbstractImportClaimsClusterIntegrationTests {

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private Path dataDir;

	private DatabaseUrl url;

	private JdbcClient database;

	/** A new, empty database of the subclass's engine: its URL, user and password. */
	abstract DatabaseUrl newDatabase();

	@BeforeEach
	void newDatabaseAndDataDirectory() throws IOException {
		this.dataDir = Files.createTempDirectory("oms-import-cluster-");
		DatabaseUrl url = newDatabase();
		this.url = url;
		this.database = JdbcClient.create(new DriverManagerDataSource(url.url(), url.user(), url.password()));
	}

	@AfterEach
	void stopInstances() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void runsNoMoreJobsAtOnceThanTheGlobalLimitAcrossTwoInstances() {
		// given two instances sharing one gate, with a limit of two jobs for both
		// together
		CountingGate gate = new CountingGate(this.database);
		ImportService first = start(gate, "2", "30s").getBean(ImportService.class);
		start(gate, "2", "30s");

		// when five jobs are queued
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			ids.add(upload(first, ImportGate.BLOCKED + i + ".csv", oneRow()));
		}

		// then two run, held, and the other three stay queued, whichever instance looks
		await().atMost(Duration.ofSeconds(20)).until(() -> gate.held().size() == 2);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> gate.held().size() == 2 && count("status = 'queued'") == 3);

		// and when the held jobs go on, the rest run after them, never more than two at
		// once
		gate.open();
		ids.forEach(id -> awaitStatus(first, id, ImportJobStatus.VALIDATED));
		assertThat(gate.started()).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(gate.mostRunning()).as("the most jobs running at once across both instances").isEqualTo(2);
		assertThat(ids).allSatisfy(id -> assertThat(first.get(id).totalRows()).isEqualTo(1));
		assertThat(count("claimed_by IS NOT NULL")).isZero();
	}

	@Test
	void anInstanceThatRunsNoJobsLeavesItsUploadsToTheInstancesThatDo() {
		// given an instance that runs no jobs, which takes the uploads, and one that runs
		// them
		CountingGate frontGate = new CountingGate(this.database);
		CountingGate workerGate = new CountingGate(this.database);
		ImportService front = start(frontGate, "5", "30s", "--oms.import.run-jobs=false").getBean(ImportService.class);
		ConfigurableApplicationContext worker = start(workerGate, "5", "30s");

		// when three jobs are uploaded to the first
		List<String> ids = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			ids.add(upload(front, ImportGate.BLOCKED + i + ".csv", oneRow()));
		}

		// then the other runs all three, and the first none
		await().atMost(Duration.ofSeconds(20)).until(() -> workerGate.held().containsAll(ids));
		workerGate.open();
		ids.forEach(id -> awaitStatus(front, id, ImportJobStatus.VALIDATED));
		assertThat(workerGate.started()).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(frontGate.started()).isEmpty();

		// and with no instance left that runs jobs, an upload waits in the queue
		worker.close();
		String waiting = upload(front, "later.csv", oneRow());
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> front.get(waiting).status() == ImportJobStatus.QUEUED);

		// until an instance that runs jobs starts
		CountingGate lateGate = new CountingGate(this.database);
		lateGate.open();
		start(lateGate, "5", "30s");
		ImportJobView job = awaitStatus(front, waiting, ImportJobStatus.VALIDATED);
		assertThat(job.totalRows()).isEqualTo(1);
		assertThat(lateGate.started()).containsExactly(waiting);
		assertThat(frontGate.started()).isEmpty();
	}

	@Test
	void aHeartbeatKeepsAJobWhoseRunLastsLongerThanItsLease() throws IOException {
		// given two instances with a lease of 2 s, and a job held before its first
		// checkpoint
		CountingGate gate = new CountingGate(this.database);
		ImportService first = start(gate, "5", "2s").getBean(ImportService.class);
		start(gate, "5", "2s");
		String id = upload(first, ImportGate.BLOCKED + "order-refs.csv", orderRefs());
		await().atMost(Duration.ofSeconds(20)).until(() -> gate.held().contains(id));
		String holder = claimedBy(id);

		// when it stays held for well over its lease, the other instance polling every
		// 100 ms
		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(15))
			.until(() -> holder.equals(claimedBy(id)) && gate.started().size() == 1);

		// then its own instance finishes it, and the other never started it
		gate.open();
		ImportJobView job = awaitStatus(first, id, ImportJobStatus.VALIDATED);
		assertThat(gate.started()).containsExactly(id);
		assertOrderRefsCounts(job);
	}

	@Test
	void aGracefulStopGivesTheJobToTheOtherInstanceAtOnce() throws IOException {
		// given two instances with a lease of 1 minute, each with its own gate, and a job
		// held
		CountingGate firstGate = new CountingGate(this.database);
		CountingGate secondGate = new CountingGate(this.database);
		ConfigurableApplicationContext first = start(firstGate, "5", "1m");
		ConfigurableApplicationContext second = start(secondGate, "5", "1m");
		String id = upload(first.getBean(ImportService.class), ImportGate.BLOCKED + "order-refs.csv", orderRefs());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> firstGate.held().contains(id) || secondGate.held().contains(id));
		boolean firstHolds = firstGate.held().contains(id);
		ConfigurableApplicationContext holder = firstHolds ? first : second;
		ConfigurableApplicationContext survivor = firstHolds ? second : first;
		CountingGate survivorsGate = firstHolds ? secondGate : firstGate;
		survivorsGate.open();

		// when the holder stops gracefully
		Instant stopped = Instant.now();
		holder.close();

		// then the survivor takes the job at once, long before the lease would have ended
		ImportJobView job = await().atMost(Duration.ofSeconds(20))
			.until(() -> survivor.getBean(ImportService.class).get(id),
					view -> view.status() == ImportJobStatus.VALIDATED);
		assertThat(survivorsGate.started()).containsExactly(id);
		assertThat(survivorsGate.startedAt(id)).isBefore(stopped.plusSeconds(30));
		assertOrderRefsCounts(job);
	}

	@Test
	void aDeadInstancesJobIsTakenOverOnlyOnceItsLeaseHasEnded() throws IOException {
		// given one live instance running a held job; with a limit of one, it claims
		// nothing else meanwhile
		CountingGate gate = new CountingGate(this.database);
		ImportService live = start(gate, "1", "2s").getBean(ImportService.class);
		String held = upload(live, ImportGate.BLOCKED + "1.csv", oneRow());
		await().atMost(Duration.ofSeconds(20)).until(() -> gate.held().contains(held));

		// and a job claimed by an instance that died at once: validating, its lease of 2
		// s
		// never renewed, as a killed process leaves it
		String orphan = upload(live, "order-refs.csv", orderRefs());
		Instant leaseEnd = Instant.now().plusSeconds(2);
		assertThat(this.database.sql("""
				UPDATE import_jobs SET status = 'validating', claimed_by = 'dead-instance', claimed_until = :until,
				    started_at = :now WHERE id = :id AND status = 'queued'""")
			.param("until", Timestamp.from(leaseEnd))
			.param("now", Timestamp.from(Instant.now()))
			.param("id", orphan)
			.update()).isEqualTo(1);

		// when the live instance's own job ends
		gate.open();
		awaitStatus(live, held, ImportJobStatus.VALIDATED);

		// then it takes the dead instance's job over only once its lease has ended, and
		// finishes it
		ImportJobView job = awaitStatus(live, orphan, ImportJobStatus.VALIDATED);
		assertThat(gate.started()).containsExactly(held, orphan);
		assertThat(gate.startedAt(orphan)).isAfterOrEqualTo(leaseEnd).isBefore(leaseEnd.plusSeconds(10));
		assertOrderRefsCounts(job);
	}

	@Test
	void aKilledInstancesJobIsResumedByTheOtherOnceItsLeaseHasEnded() throws Exception {
		// given a job queued while the surviving instance's runner is held off
		CountingGate gate = new CountingGate(this.database);
		gate.open();
		ConfigurableApplicationContext survivor = start(gate, "5", "2s");
		ImportRunner survivorsRunner = survivor.getBean(ImportRunner.class);
		survivorsRunner.stop();
		String id = upload(survivor.getBean(ImportService.class), "order-refs.csv", orderRefs());

		// when another instance, a process of its own, claims it and halts mid-validation
		// as
		// a SIGKILL would (OMS_TEST_CRASH_AT), leaving its claim with a 2 s lease
		Process killed = startProcessThatHaltsMidValidation();
		assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("the other instance halted").isTrue();
		assertThat(killed.exitValue()).isEqualTo(137);
		String deadInstance = claimedBy(id);
		Instant leaseEnd = this.database.sql("SELECT claimed_until FROM import_jobs WHERE id = :id")
			.param("id", id)
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(deadInstance).isNotNull().isNotEqualTo(survivorsRunner.instanceId());
		assertThat(survivor.getBean(ImportService.class).get(id).status()).isEqualTo(ImportJobStatus.VALIDATING);

		// then the survivor resumes it once the lease has ended, with the exact counts
		survivorsRunner.start();
		ImportJobView job = awaitStatus(survivor.getBean(ImportService.class), id, ImportJobStatus.VALIDATED);
		assertThat(gate.started()).containsExactly(id);
		assertThat(gate.startedAt(id)).isAfterOrEqualTo(leaseEnd);
		assertOrderRefsCounts(job);
	}

	/**
	 * Starts the order service as a separate JVM on the test's class path and database,
	 * set to halt the first time an import stages a validation chunk.
	 */
	private Process startProcessThatHaltsMidValidation() throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), OrderServiceApplication.class.getName()));
		command.addAll(settings("5", "2s"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dataDir.resolve("killed-instance.log").toFile());
		builder.environment().put("OMS_TEST_CRASH_AT", "validation-chunk:1");
		return builder.start();
	}

	/**
	 * Starts an instance with the given gate, limit and lease; it is stopped after the
	 * test.
	 */
	private ConfigurableApplicationContext start(CountingGate gate, String maxConcurrentJobs, String lease,
			String... extraSettings) {
		List<String> settings = settings(maxConcurrentJobs, lease);
		settings.addAll(List.of(extraSettings));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(OrderServiceApplication.class)
			.initializers(c -> c.getBeanFactory().registerSingleton("importGate", gate))
			.run(settings.toArray(String[]::new));
		this.instances.add(context);
		return context;
	}

	private List<String> settings(String maxConcurrentJobs, String lease) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + this.url.url(),
				"--oms.data-dir=" + this.dataDir, "--oms.initial-admin.password=" + TestSecurity.ADMIN_PASSWORD,
				"--oms.webhooks.secret=" + TestSecurity.WEBHOOK_SECRET,
				"--oms.security.revocations.secret=" + TestSecurity.REVOCATION_SECRET,
				"--oms.import.max-concurrent-jobs=" + maxConcurrentJobs, "--oms.import.lease=" + lease,
				"--oms.import.poll-interval=100ms", "--oms.import.chunk-size=2",
				"--oms.payment-service.base-url=http://127.0.0.1:9",
				"--oms.notification-service.base-url=http://127.0.0.1:9"));
		if (this.url.user() != null) {
			args.add("--spring.datasource.username=" + this.url.user());
			args.add("--spring.datasource.password=" + this.url.password());
		}
		return args;
	}

	private static String upload(ImportService imports, String filename, byte[] content) {
		try {
			return imports
				.upload(ImportUpload.parse(filename, true, null, null, null, null, true, null, "admin", null, null),
						new ByteArrayInputStream(content))
				.job()
				.id();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ImportJobView awaitStatus(ImportService imports, String id, ImportJobStatus status) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> imports.get(id), view -> view.status() == status);
	}

	private static void assertOrderRefsCounts(ImportJobView job) {
		assertThat(job.totalRows()).isEqualTo(9);
		assertThat(job.failedRows()).isEqualTo(3);
		assertThat(job.orderCount()).isEqualTo(5);
		assertThat(job.failedOrderCount()).isEqualTo(1);
	}

	private String claimedBy(String id) {
		return this.database.sql("SELECT claimed_by FROM import_jobs WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private int count(String condition) {
		return this.database.sql("SELECT COUNT(*) FROM import_jobs WHERE " + condition).query(Integer.class).single();
	}

	private static byte[] oneRow() {
		return CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				UUID.randomUUID() + "@example.com,山田美咲,マウス,1,3500,JPY,");
	}

	private static byte[] orderRefs() {
		return CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));
	}

	/** A database's JDBC URL, with the user and password ({@code null} for SQLite). */
	record DatabaseUrl(String url, String user, String password) {
	}

	/**
	 * An {@link ImportGate} shared by the instances of a test that also records, as each
	 * job starts, how many jobs the database shows validating or processing (the most
	 * ever seen is the most that ran at once: a held job cannot end), and when.
	 */
	static final class CountingGate extends ImportGate {

		private final JdbcClient database;

		private final AtomicInteger mostRunning = new AtomicInteger();

		private final Map<String, Instant> startedAt = new ConcurrentHashMap<>();

		CountingGate(JdbcClient database) {
			this.database = database;
		}

		@Override
		public void starting(String jobId, String filename) throws InterruptedException {
			this.startedAt.putIfAbsent(jobId, Instant.now());
			int running = this.database
				.sql("SELECT COUNT(*) FROM import_jobs WHERE status IN ('validating', 'processing')")
				.query(Integer.class)
				.single();
			this.mostRunning.accumulateAndGet(running, Math::max);
			super.starting(jobId, filename);
		}

		int mostRunning() {
			return this.mostRunning.get();
		}

		Instant startedAt(String jobId) {
			return this.startedAt.get(jobId);
		}

	}

}

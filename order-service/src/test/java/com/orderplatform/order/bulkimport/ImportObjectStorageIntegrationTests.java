package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.order.TestTokens;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.job.ImportFiles;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportRetention;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The import with its files in S3-compatible object storage
 * ({@code OMS_IMPORT_STORAGE=s3://oms-imports/jobs} on a real S3Proxy), as two instances
 * behind a load balancer run it: a second instance of the service on the same database
 * and bucket, with a local folder of its own that never saw the upload, serves the job's
 * errors.csv, confirms it and serves results.csv. No job file is ever on either
 * instance's disk, a refused upload leaves nothing anywhere, and retention deletes the
 * object.
 */
@Import(ImportObjectStorageIntegrationTests.Credentials.class)
@TestPropertySource(properties = { "oms.import.instance-id=instance-a",
		"oms.import.store.location=s3://" + ImportObjectStorageIntegrationTests.BUCKET + "/jobs" })
class ImportObjectStorageIntegrationTests extends ImportIntegrationTestSupport {

	static final String BUCKET = "oms-imports";

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	/**
	 * The settings the second instance shares with the first (database, secrets, limits).
	 */
	private static final List<String> SHARED = List.of("spring.datasource.url", "oms.data-dir",
			"oms.initial-admin.password", "oms.webhooks.secret", "oms.security.revocations.secret",
			"oms.import.max-file-size", "oms.import.max-rows", "oms.import.chunk-size", "oms.import.poll-interval",
			"oms.import.max-concurrent-jobs", "oms.import.outage.patience", "oms.import.outage.backoff",
			"oms.import.outage.max-backoff", "oms.payment-service.base-url", "oms.payment-service.max-retries",
			"oms.payment-service.initial-backoff", "oms.notification-service.base-url",
			"oms.notification-service.max-retries", "oms.notification-service.initial-backoff",
			"oms.import.store.location", "oms.import.store.s3-endpoint");

	private static S3Server s3;

	private static Path s3Folder;

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Autowired
	private ImportProperties properties;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@TempDir
	Path tmp;

	@DynamicPropertySource
	static void objectStorage(DynamicPropertyRegistry registry) throws Exception {
		s3Folder = Files.createTempDirectory("oms-s3-");
		s3 = S3Server.start(s3Folder);
		s3.createBucket(BUCKET);
		registry.add("oms.import.store.s3-endpoint", () -> s3.uri().toString());
	}

	@AfterAll
	static void stopS3() throws Exception {
		s3.close();
	}

	@Test
	void servesConfirmsAndReportsAJobUploadedToTheOtherInstanceFromTheSharedBucket() throws IOException {
		// given a dry run uploaded to and validated by the first instance
		ImportJobView dryRun = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);
		String key = "jobs/" + dryRun.id() + ".csv";
		assertThat(s3.keys(BUCKET)).contains(key);
		assertThat(s3.bytes(BUCKET, key)).isEqualTo(ORDER_REFS);
		assertThat(filesIn(storageDir)).as("nothing of the job on the first instance's disk").isEmpty();

		Path secondFolder = this.tmp.resolve("second/imports");
		try (ConfigurableApplicationContext second = startSecondInstance(secondFolder)) {
			RestTestClient other = client(second);

			// when the second instance serves errors.csv and confirms the dry run
			List<ImportRow> errors = rows("errors.csv", download(other, dryRun.id(), "errors.csv"));
			other.post().uri("/api/v1/imports/{id}/confirm", dryRun.id()).exchange().expectStatus().isAccepted();
			ImportJobView done = await().atMost(Duration.ofSeconds(30))
				.until(() -> job(other, dryRun.id()), job -> job.status() == ImportJobStatus.COMPLETED_WITH_ERRORS);
			byte[] results = download(other, dryRun.id(), "results.csv");

			// then the file read from the bucket gave the same answers as on one machine
			assertThat(errors).hasSize(3);
			assertThat(List.of(done.totalRows(), done.processedRows(), done.successRows(), done.failedRows(),
					done.orderCount(), done.failedOrderCount()))
				.containsExactly(9, 9, 6, 3, 5, 1);
			assertThat(rows("results.csv", results)).extracting(row -> row.cells().get(1))
				.containsExactly("imported", "imported", "failed", "imported", "failed", "imported", "failed",
						"imported", "imported");
			assertThat(download(this.http, dryRun.id(), "results.csv")).isEqualTo(results);
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM orders WHERE batch_id = :id")
				.param("id", dryRun.id())
				.query(Long.class)
				.single()).isEqualTo(4);
			assertThat(filesIn(secondFolder)).as("the second instance's copies are deleted").isEmpty();
		}
		assertThat(filesIn(storageDir)).isEmpty();
		assertThat(s3.bytes(BUCKET, key)).isEqualTo(ORDER_REFS);
	}

	@Test
	void refusesATooLargeUploadLeavingNothingOnDiskOrInTheBucket() throws IOException {
		List<String> keys = s3.keys(BUCKET);
		byte[] tooLarge = new byte[300 * 1024];
		java.util.Arrays.fill(tooLarge, (byte) 'a');

		upload("huge.csv", tooLarge, "dry_run", "true").expectStatus()
			.isEqualTo(413)
			.expectBody()
			.jsonPath("$.code")
			.isEqualTo("FILE_TOO_LARGE");

		assertThat(s3.keys(BUCKET)).isEqualTo(keys);
		assertThat(filesIn(storageDir)).isEmpty();
	}

	@Test
	void retentionDeletesTheObjectOfAnEndedJobAndItsStagedRows() {
		ImportJobView job = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);
		String key = "jobs/" + job.id() + ".csv";
		assertThat(s3.keys(BUCKET)).contains(key);

		retentionInDays(31).sweep();

		assertThat(s3.keys(BUCKET)).doesNotContain(key);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_rows WHERE job_id = :id")
			.param("id", job.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(job(job.id()).totalRows()).isEqualTo(9);
	}

	@Test
	void answersUploadsAndDownloadsTheStorageCannotServeWith503LeavingNoJobAndNoFile() throws IOException {
		ImportJobView validated = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);
		long jobs = this.jdbc.sql("SELECT COUNT(*) FROM import_jobs").query(Long.class).single();
		// the bucket is gone for a while (S3Proxy's file system store keeps a bucket as a
		// folder)
		Path bucket = s3Folder.resolve(BUCKET);
		Path hidden = s3Folder.resolve("hidden-" + BUCKET);
		Files.move(bucket, hidden);
		try {
			upload("order-refs.csv", ORDER_REFS, "dry_run", "true", "force", "true").expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("STORAGE_UNAVAILABLE")
				.jsonPath("$.detail")
				.isEqualTo("The file could not be stored: the import storage did not answer. Nothing was imported;"
						+ " upload it again in a minute.");
			this.http.get()
				.uri("/api/v1/imports/{id}/errors.csv", validated.id())
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.code")
				.isEqualTo("STORAGE_UNAVAILABLE");
		}
		finally {
			Files.move(hidden, bucket);
		}

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM import_jobs").query(Long.class).single()).isEqualTo(jobs);
		assertThat(filesIn(storageDir)).as("the received file and any read copy are deleted").isEmpty();
		assertThat(download(this.http, validated.id(), "errors.csv")).isNotEmpty();
	}

	/** The first instance's retention, as its sweep would run so many days from now. */
	private ImportRetention retentionInDays(int days) {
		return new ImportRetention(this.properties, this.context.getBean(ImportJobRepository.class),
				this.context.getBean(ImportStagingRepository.class), this.context.getBean(ImportFiles.class),
				this.context.getBean(ImportStore.class), Clock.offset(this.clock, Duration.ofDays(days)));
	}

	/**
	 * Another instance of the service: the same database, secrets and bucket, its own
	 * port, instance id and local folder.
	 */
	private ConfigurableApplicationContext startSecondInstance(Path folder) {
		Map<String, Object> settings = new LinkedHashMap<>();
		SHARED.forEach(name -> settings.put(name, this.context.getEnvironment().getRequiredProperty(name)));
		settings.put("server.port", 0);
		settings.put("oms.import.instance-id", "instance-b");
		settings.put("oms.import.storage-dir", folder.toString());
		// command-line arguments, so they win over application.yml's defaults
		String[] arguments = settings.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(OrderServiceApplication.class, Credentials.class).run(arguments);
	}

	/**
	 * A client of the other instance, with this one's JSON settings and an admin's token.
	 */
	private RestTestClient client(ConfigurableApplicationContext instance) {
		String token = TestTokens.of(instance).token("test-admin", "admin");
		return this.anonymous.mutate()
			.baseUrl("http://localhost:" + instance.getEnvironment().getRequiredProperty("local.server.port"))
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.build();
	}

	private static byte[] download(RestTestClient client, String id, String file) {
		return client.get()
			.uri("/api/v1/imports/{id}/" + file, id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	private static ImportJobView job(RestTestClient client, String id) {
		return client.get()
			.uri("/api/v1/imports/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
	}

	private List<ImportRow> rows(String name, byte[] csv) {
		return CsvFixtures.rows(CsvFixtures.file(this.tmp, name, csv));
	}

	private static List<Path> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

	/** The keys S3Proxy accepts, in place of the SDK's default credentials chain. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Credentials {

		@Bean
		AwsCredentialsProvider s3Credentials() {
			return S3Server.credentials();
		}

	}

}

package com.orderplatform.order.bulkimport;

import java.nio.file.Path;
import java.time.Duration;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.TestTokens;
import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.awaitility.Awaitility.await;

/**
 * The one Spring context of the import API tests: the real service on a random port with
 * a real SQLite file and its own storage directory, one job at a time
 * ({@code max-concurrent-jobs=1}) so queueing is visible, small limits (256 KiB, 50 rows)
 * so the limits can be reached, a patience of 1 s for an unreachable payment or
 * notification service (tried again every 100 to 200 ms meanwhile; a subclass may set its
 * own), and an {@link ImportGate} that holds jobs whose file name starts with
 * {@code blocked-}. The payment and notification services are {@link DownstreamStubs} on
 * fixed ports, started by the tests that import for real. Requests carry an admin's
 * token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Import(ImportIntegrationTestSupport.GateConfiguration.class)
@TestPropertySource(properties = { "oms.import.max-concurrent-jobs=1", "oms.import.outage.patience=1s",
		"oms.import.outage.backoff=100ms", "oms.import.outage.max-backoff=200ms" })
abstract class ImportIntegrationTestSupport {

	static final int MAX_ROWS = 50;

	static Path storageDir;

	@Autowired
	protected RestTestClient anonymous;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected ImportGate gate;

	/** The test's client, as an admin. */
	protected RestTestClient http;

	@DynamicPropertySource
	static void settings(DynamicPropertyRegistry registry) {
		Path database = TestDatabases.registerSqlite(registry, "order_service_imports");
		TestSecurity.register(registry, database.getParent());
		storageDir = database.getParent().resolve("imports");
		registry.add("oms.import.storage-dir", storageDir::toString);
		registry.add("oms.import.max-file-size", () -> "256KB");
		registry.add("oms.import.max-rows", () -> MAX_ROWS);
		registry.add("oms.import.chunk-size", () -> 4);
		registry.add("oms.import.poll-interval", () -> "200ms");
		registry.add("oms.payment-service.base-url", () -> "http://localhost:" + DownstreamStubs.PAYMENT_PORT);
		registry.add("oms.payment-service.max-retries", () -> 1);
		registry.add("oms.payment-service.initial-backoff", () -> "5ms");
		registry.add("oms.notification-service.base-url",
				() -> "http://localhost:" + DownstreamStubs.NOTIFICATION_PORT);
		registry.add("oms.notification-service.max-retries", () -> 1);
		registry.add("oms.notification-service.initial-backoff", () -> "5ms");
	}

	@BeforeEach
	void authenticate() {
		this.http = as("admin");
		this.gate.close();
	}

	@AfterEach
	void openGate() {
		this.gate.open();
	}

	protected RestTestClient as(String role) {
		String token = TestTokens.of(this.context).token("test-" + role, role);
		return this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	/** Uploads a file as multipart with the given form fields (name, value pairs). */
	protected RestTestClient.ResponseSpec upload(String filename, byte[] content, String... fields) {
		return upload(this.http, null, filename, content, fields);
	}

	protected RestTestClient.ResponseSpec upload(RestTestClient client, String idempotencyKey, String filename,
			byte[] content, String... fields) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		for (int i = 0; i < fields.length; i += 2) {
			form.add(fields[i], fields[i + 1]);
		}
		RestTestClient.RequestBodySpec request = client.post()
			.uri("/api/v1/imports")
			.contentType(MediaType.MULTIPART_FORM_DATA);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return request.body(form).exchange();
	}

	/**
	 * Uploads a dry run with {@code force=true} (tests upload the same fixtures again)
	 * and answers the job the upload made (202).
	 */
	protected ImportJobView dryRun(String filename, byte[] content, String... fields) {
		String[] all = new String[fields.length + 4];
		all[0] = "dry_run";
		all[1] = "true";
		all[2] = "force";
		all[3] = "true";
		System.arraycopy(fields, 0, all, 4, fields.length);
		return upload(filename, content, all).expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
	}

	/** Downloads one of a job's files ({@code errors.csv}, {@code results.csv}): 200. */
	protected byte[] download(String id, String file) {
		return this.http.get()
			.uri("/api/v1/imports/{id}/" + file, id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
	}

	protected ImportJobView job(String id) {
		return this.http.get()
			.uri("/api/v1/imports/{id}", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
	}

	protected ImportJobView awaitStatus(String id, ImportJobStatus status) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> job(id), job -> job.status() == status);
	}

	protected ImportErrorPage errors(String id, int skip, int limit) {
		return this.http.get()
			.uri("/api/v1/imports/{id}/errors?skip={skip}&limit={limit}", id, skip, limit)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportErrorPage.class)
			.returnResult()
			.getResponseBody();
	}

	protected long jobCount() {
		return this.http.get()
			.uri("/api/v1/imports?limit=1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(com.orderplatform.order.api.ImportJobPage.class)
			.returnResult()
			.getResponseBody()
			.total();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class GateConfiguration {

		@Bean
		ImportGate importGate() {
			return new ImportGate();
		}

	}

}

package com.orderplatform.common.security;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.orderplatform.testsupport.LargeBody;
import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 MiB bodies sent over a raw socket in every way that might talk a server into reading
 * them: declared, chunked, claiming to be multipart where no upload is taken, with a
 * Content-Length that lies, and as an upload over the upload limit. Each is answered
 * before half of it is sent, and the server's heap does not grow by the body.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false",
				"oms.security.max-request-body=1MB", "spring.servlet.multipart.max-file-size=4MB",
				"spring.servlet.multipart.max-request-size=4MB" })
class RequestBodyLimitIntegrationTests {

	private static final long BODY = 64L * 1024 * 1024;

	private static final long HALF = BODY / 2;

	private static final TestTokenIssuer issuer = TestTokenIssuer.shared();

	private static long heapBefore;

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "body_limits");
		issuer.register(registry);
	}

	@BeforeAll
	static void measureHeap() {
		heapBefore = usedHeapAfterGc();
	}

	@AfterAll
	static void heapDidNotGrowByTheBodies() {
		assertThat(usedHeapAfterGc() - heapBefore).as("heap growth after six 64 MiB requests").isLessThan(HALF);
	}

	@Test
	void aDeclaredBodyOverTheLimitIsRefusedAtOnce() {
		LargeBody.Outcome outcome = LargeBody.send(this.port, "POST", "/api/samples", json(), BODY, true, BODY);

		assertThat(outcome.status()).isEqualTo(413);
		assertThat(outcome.sentBeforeAnswer()).isLessThan(HALF);
	}

	@Test
	void aChunkedBodyIsRefusedWhenItPassesTheLimit() {
		LargeBody.Outcome outcome = LargeBody.send(this.port, "POST", "/api/samples", json(), BODY, false, 0);

		assertThat(outcome.status()).isEqualTo(413);
		assertThat(outcome.sentBeforeAnswer()).isLessThan(HALF);
	}

	@Test
	void claimingMultipartWhereNoUploadIsTakenGainsNothing() {
		Map<String, String> multipart = Map.of("Authorization", operator(), "Content-Type",
				"multipart/form-data; boundary=b");

		LargeBody.Outcome declared = LargeBody.send(this.port, "POST", "/api/samples", multipart, BODY, true, BODY);
		LargeBody.Outcome chunked = LargeBody.send(this.port, "POST", "/api/samples", multipart, BODY, false, 0);

		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.sentBeforeAnswer()).isLessThan(HALF);
		assertThat(chunked.status()).as("unread: a multipart body is refused where no upload is taken").isEqualTo(415);
		assertThat(chunked.sentBeforeAnswer()).isLessThan(HALF);
	}

	@Test
	void aContentLengthSmallerThanTheBodyCannotStretchTheLimit() {
		LargeBody.Outcome outcome = LargeBody.send(this.port, "POST", "/api/samples", json(), BODY, true, 100);

		assertThat(outcome.status()).as("the 100 declared bytes are the body; the rest is never read as one")
			.isEqualTo(200);
		assertThat(outcome.sentBeforeAnswer()).isLessThan(HALF);
	}

	@Test
	void anUploadOverTheUploadLimitIsRefusedWhileItArrives() {
		byte[] partHead = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"orders.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		Map<String, String> upload = Map.of("Authorization", operator(), "Content-Type",
				"multipart/form-data; boundary=b");

		LargeBody.Outcome outcome = LargeBody.send(this.port, "POST", "/api/uploads", upload, partHead, BODY, false, 0);

		assertThat(outcome.status()).isEqualTo(413);
		assertThat(outcome.sentBeforeAnswer()).isLessThan(HALF);
	}

	private static Map<String, String> json() {
		return Map.of("Authorization", operator(), "Content-Type", "application/json");
	}

	private static String operator() {
		return "Bearer " + issuer.token("op", "operator");
	}

	private static long usedHeapAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}

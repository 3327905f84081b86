package com.orderplatform.common.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.testsupport.RawHttp;
import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared security of every service, on a real server with real tokens from a real
 * issuer.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false",
				"oms.security.max-request-body=1KB", "oms.security.cors-allowed-origins=http://localhost:5173" })
class PlatformSecurityIntegrationTests {

	private static final TestTokenIssuer issuer = TestTokenIssuer.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private MeterRegistry meters;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "security");
		issuer.register(registry);
	}

	@Test
	void requestWithoutTokenGets401ProblemWithBearerChallenge() throws Exception {
		HttpResponse<String> response = send(get("/api/samples"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Authentication required");
	}

	@Test
	void forgedAndExpiredTokensGet401() throws Exception {
		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + issuer.forgedToken("x", "admin")))
			.statusCode()).isEqualTo(401);
		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + issuer.expiredToken("x", "admin")))
			.statusCode()).isEqualTo(401);
		assertThat(send(get("/api/samples").header("Authorization", "Bearer not-a-jwt")).statusCode()).isEqualTo(401);
	}

	@Test
	void viewerReadsButMayNotWrite() throws Exception {
		String viewer = issuer.token("yamada", "viewer");

		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + viewer)).body()).isEqualTo("samples");
		HttpResponse<String> write = send(post("/api/samples", "{}").header("Authorization", "Bearer " + viewer));
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(write.body()).contains("Role 'viewer' may not POST /api/samples");
	}

	@Test
	void adminMayDoWhatAnOperatorMayThroughTheRoleHierarchy() throws Exception {
		HttpResponse<String> response = send(
				post("/api/samples", "{}").header("Authorization", "Bearer " + issuer.token("root", "admin")));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("created 2");
	}

	@Test
	void serviceIdentityIsNotAViewer() throws Exception {
		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + issuer.token("svc", "service")))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void requestsAreObservedOnceNotPerSecurityStep() throws Exception {
		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + issuer.token("obs", "viewer")))
			.statusCode()).isEqualTo(200);
		assertThat(send(get("/api/samples").header("Authorization", "Bearer " + issuer.forgedToken("obs", "viewer")))
			.statusCode()).isEqualTo(401);

		List<String> names = this.meters.getMeters().stream().map(meter -> meter.getId().getName()).distinct().toList();
		assertThat(this.meters.find("http.server.requests").tag("uri", "/api/samples").tag("status", "200").meters())
			.isNotEmpty();
		assertThat(names).noneMatch(name -> name.startsWith("spring.security"));
	}

	@Test
	void endpointWithoutARuleIsDeniedEvenToAnAdmin() throws Exception {
		assertThat(send(get("/api/unruled").header("Authorization", "Bearer " + issuer.token("root", "admin")))
			.statusCode()).isEqualTo(403);
		assertThat(send(get("/api/unruled")).statusCode()).isEqualTo(401);
	}

	@Test
	void healthAndProbesArePublicMetricsAreForAdminsAndPrometheusIsNotOnThePublicPort() throws Exception {
		assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
		assertThat(send(get("/actuator/health").header("Authorization", "Bearer " + issuer.forgedToken("x", "viewer")))
			.statusCode()).isEqualTo(200);
		assertThat(send(get("/livez")).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(send(get("/readyz")).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(send(get("/actuator/metrics").header("Authorization", "Bearer " + issuer.token("v", "viewer")))
			.statusCode()).isEqualTo(403);
		assertThat(send(get("/actuator/metrics").header("Authorization", "Bearer " + issuer.token("a", "admin")))
			.statusCode()).isEqualTo(200);
		assertThat(send(get("/actuator/prometheus").header("Authorization", "Bearer " + issuer.token("a", "admin")))
			.statusCode()).as("no management port: no Prometheus endpoint at all").isEqualTo(404);
	}

	@Test
	void corsAllowsTheDashboardOriginOnly() throws Exception {
		HttpResponse<String> allowed = send(preflight("http://localhost:5173"));
		HttpResponse<String> refused = send(preflight("http://evil.example"));

		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:5173");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void bodyOverTheLimitIs413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		String token = "Bearer " + issuer.token("op", "operator");
		String large = "x".repeat(2048);

		HttpResponse<String> declared = send(post("/api/samples", large).header("Authorization", token));
		HttpResponse<String> chunked = send(request("/api/samples").header("Authorization", token)
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8)))));

		assertThat(declared.statusCode()).isEqualTo(413);
		assertThat(declared.body()).contains("larger than the limit of 1024 bytes");
		assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
	}

	@Test
	void signedWebhookPassesEvenWithAStaleTokenAndAnUnsignedOneIsRefusedBeforeTheController() throws Exception {
		String body = "{\"event\":\"paid\"}";
		String signature = sign("/api/hooks/7", body);

		HttpResponse<String> signed = send(post("/api/hooks/7", body).header(WebhookSignatures.HEADER, signature)
			.header("Authorization", "Bearer " + issuer.expiredToken("stale", "viewer")));
		HttpResponse<String> unsigned = send(post("/api/hooks/7", body));
		HttpResponse<String> altered = send(
				post("/api/hooks/7", body.replace("paid", "refunded")).header(WebhookSignatures.HEADER, signature));

		assertThat(signed.statusCode()).isEqualTo(200);
		assertThat(signed.body()).isEqualTo("hook 7 received " + body);
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.body()).contains("header is missing");
		assertThat(altered.statusCode()).isEqualTo(401);
		assertThat(altered.body()).contains("does not match");
	}

	@Test
	void aWebhookSignedForOneResourceIsRefusedForAnother() throws Exception {
		String body = "{\"event\":\"paid\"}";

		HttpResponse<String> replayed = send(
				post("/api/hooks/8", body).header(WebhookSignatures.HEADER, sign("/api/hooks/7", body)));

		assertThat(replayed.statusCode()).isEqualTo(401);
		assertThat(replayed.body()).contains("does not match the method, path and body");
	}

	@Test
	void noSpellingOfAWebhookPathGetsPastTheSignatureCheck() {
		String body = "{\"event\":\"paid\"}";
		for (String path : List.of("/api/hooks/7", "/api/%68ooks/7", "/api/hook%73/7", "/api/hooks/%37",
				"/%61pi/hooks/7", "/api/HOOKS/7", "/api/hooks/7/", "/api/hooks;x=1/7", "//api/hooks/7",
				"/api/./hooks/7", "/api/x/../hooks/7", "/api/hooks%2F7")) {
			RawHttp.Response response = RawHttp.send(this.port, "POST", path,
					Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));

			assertThat(response.status()).as("POST %s without a signature", path).isIn(400, 401);
			assertThat(response.body()).as("POST %s without a signature", path).doesNotContain("received");
		}
	}

	@Test
	void anEncodedSpellingOfTheSignedPathIsTheSameResourceAndPasses() {
		String body = "{\"event\":\"paid\"}";

		RawHttp.Response response = RawHttp.send(this.port, "POST", "/api/%68ooks/%37",
				Map.of("Content-Type", "application/json", WebhookSignatures.HEADER, sign("/api/hooks/7", body)),
				body.getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hook 7 received " + body);
	}

	@Test
	void apiAnswersCarryTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = send(
				get("/api/samples").header("Authorization", "Bearer " + issuer.token("v", "viewer")));

		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.contains("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(response.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(value -> assertThat(value).contains("no-store"));
		assertThat(send(get("/api/samples")).headers().firstValue("Content-Security-Policy"))
			.as("a refused request too")
			.contains("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
	}

	private static String sign(String path, String body) {
		return WebhookSignatures.sign(SecuredSampleApplication.WEBHOOK_SECRET, Instant.now(), "POST", path,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder post(String path, String body) {
		return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpRequest.Builder preflight(String origin) {
		return request("/api/samples").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

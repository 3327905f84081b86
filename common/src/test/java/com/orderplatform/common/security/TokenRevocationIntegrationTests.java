package com.orderplatform.common.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Token revocation as the payment and notification services have it, on a real server
 * with real tokens: a revocation pushed by the order service refuses the user's older
 * tokens at once; one the push missed arrives with the next pull of the list.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false",
				"oms.security.revocations.refresh=1s",
				"oms.security.revocations.secret=" + TokenRevocationIntegrationTests.SECRET })
class TokenRevocationIntegrationTests {

	static final String SECRET = "revocation-secret-for-tests";

	private static final TestTokenIssuer issuer = TestTokenIssuer.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "revocations");
		issuer.register(registry);
		registry.add("oms.security.revocations.issuer", issuer::issuer);
	}

	@Test
	void aPushedRevocationRefusesTheUsersOlderTokensAtOnceWithAProblemSayingSo() throws Exception {
		String before = issuer.token("yamada", 1, "viewer");
		String after = issuer.token("yamada", 2, "viewer");
		assertThat(get("/api/samples", before).statusCode()).isEqualTo(200);

		HttpResponse<String> pushed = push(revocation("yamada", 2), issuer.token("order-service", "service"));
		HttpResponse<String> refused = get("/api/samples", before);

		assertThat(pushed.statusCode()).as(pushed.body()).isEqualTo(204);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
		assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
		assertThat(refused.body()).contains("\"detail\":\"Token revoked: the password was changed or the account "
				+ "disabled since it was issued; log in again\"");
		assertThat(get("/api/samples", after).statusCode()).isEqualTo(200);
		assertThat(get("/api/samples", issuer.token("yamada", "viewer")).statusCode())
			.as("a token without ver (another issuer's kind) is not checked")
			.isEqualTo(200);
		assertThat(get("/api/samples", issuer.token("tanaka", 1, "viewer")).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyTheServiceRoleMayPushAndABadListIsA400NamingTheField() throws Exception {
		HttpResponse<String> asAdmin = push(revocation("victim", 9), issuer.token("root", "admin"));
		HttpResponse<String> anonymous = push(revocation("victim", 9), null);
		HttpResponse<String> invalid = push("{\"revocations\":[{\"subject\":\"\",\"version\":0}]}",
				issuer.token("order-service", "service"));

		assertThat(asAdmin.statusCode()).isEqualTo(403);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("\"field\":\"revocations[0].expires_at\"");
		assertThat(get("/api/samples", issuer.token("victim", 1, "viewer")).statusCode()).isEqualTo(200);
	}

	@Test
	void aRevocationThePushMissedIsPulledSignedWithinTheRefresh() throws Exception {
		String token = issuer.token("kimura", 2, "viewer");
		assertThat(get("/api/samples", token).statusCode()).isEqualTo(200);

		issuer.publishRevocations(revocation("kimura", 3));

		await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/samples", token).statusCode() == 401);
		RevocationPulls.verify(SECRET.getBytes(StandardCharsets.UTF_8), issuer.lastRevocationPullSignature(),
				Instant.now());
	}

	private static String revocation(String subject, long version) {
		return "{\"revocations\":[{\"subject\":\"%s\",\"version\":%d,\"expires_at\":\"%s\"}]}".formatted(subject,
				version, Instant.now().plus(Duration.ofHours(1)));
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return send(request(path).header("Authorization", "Bearer " + token).GET());
	}

	private HttpResponse<String> push(String json, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(RevocationPulls.PATH).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

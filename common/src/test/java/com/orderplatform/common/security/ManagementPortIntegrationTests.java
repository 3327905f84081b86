package com.orderplatform.common.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OMS_MANAGEMENT_PORT} set: Actuator answers on its own server without a token
 * (health, Prometheus text for a scraper), while the public port keeps the probes and
 * serves no Actuator endpoint, with or without a token.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false",
				"OMS_MANAGEMENT_PORT=0" })
class ManagementPortIntegrationTests {

	private static final TestTokenIssuer issuer = TestTokenIssuer.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Value("${local.management.port}")
	private int managementPort;

	@Autowired
	private HealthEndpointGroups groups;

	@Value("${management.server.address}")
	private String managementAddress;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "management");
		issuer.register(registry);
	}

	@Test
	void servesPrometheusTextOnTheManagementPortWithoutAToken() throws Exception {
		HttpResponse<String> scrape = send(this.managementPort, "/actuator/prometheus", null);

		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge");
		assertThat(send(this.managementPort, "/actuator/health", null).body()).contains("\"status\":\"UP\"");
	}

	@Test
	void aStaleTokenSentToTheManagementPortIsIgnored() throws Exception {
		assertThat(
				send(this.managementPort, "/actuator/prometheus", issuer.expiredToken("scraper", "admin")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void thePublicPortNeverServesPrometheus() throws Exception {
		assertThat(send(this.port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(send(this.port, "/actuator/prometheus", issuer.token("root", "admin")).statusCode()).isEqualTo(404);
	}

	@Test
	void probesStayOnThePublicPortForAnyone() throws Exception {
		assertThat(send(this.port, "/livez", null).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(send(this.port, "/readyz", null).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(send(this.port, "/readyz", issuer.forgedToken("x", "viewer")).statusCode()).isEqualTo(200);
	}

	@Test
	void theManagementServerListensOnTheInterfaceThePublicOneDoes() {
		assertThat(this.managementAddress).isEqualTo("127.0.0.1");
	}

	@Test
	void theDatabaseDecidesReadinessButNotLiveness() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
		assertThat(this.groups.get("liveness").isMember("livenessState")).isTrue();
	}

	private HttpResponse<String> send(int port, String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

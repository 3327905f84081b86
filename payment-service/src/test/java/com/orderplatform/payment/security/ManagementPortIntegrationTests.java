package com.orderplatform.payment.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.orderplatform.payment.OrderServiceStub;
import com.orderplatform.payment.TestSecurity;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OMS_MANAGEMENT_PORT} set: a scraper reads the Prometheus text there without a
 * token, while the public port keeps the probes and serves no Actuator endpoint at all.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "OMS_MANAGEMENT_PORT=0")
class ManagementPortIntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@Value("${local.management.port}")
	private int managementPort;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "payment_management");
		TestSecurity.register(registry);
		registry.add("oms.order-service.base-url", () -> OrderServiceStub.instance().baseUrl());
	}

	@Test
	void servesPrometheusTextOnTheManagementPortWithoutAToken() throws Exception {
		HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus", null);

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge");
		assertThat(get(this.managementPort, "/actuator/health", null).statusCode()).isEqualTo(200);
	}

	@Test
	void thePublicPortServesTheProbesButNoActuatorEndpoint() throws Exception {
		assertThat(get(this.port, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get(this.port, "/actuator/prometheus", TestSecurity.admin()).statusCode()).isEqualTo(404);
		assertThat(get(this.port, "/actuator/health", TestSecurity.admin()).statusCode()).isEqualTo(404);
		assertThat(get(this.port, "/readyz", null).body()).isEqualTo("{\"status\":\"UP\"}");
		assertThat(get(this.port, "/livez", null).body()).isEqualTo("{\"status\":\"UP\"}");
	}

	private HttpResponse<String> get(int port, String path, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package com.orderplatform.order;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.orderplatform.order.order.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OMS_MANAGEMENT_PORT} set: a scraper reads the Prometheus text there without a
 * token, while the public port keeps the probes and serves no Actuator endpoint at all.
 */
@TestPropertySource(properties = "OMS_MANAGEMENT_PORT=0")
class ManagementPortIntegrationTests extends IntegrationTestSupport {

	private final HttpClient client = HttpClient.newHttpClient();

	@Value("${local.management.port}")
	private int managementPort;

	@Test
	void servesPrometheusTextOnTheManagementPortWithoutAToken() throws Exception {
		HttpResponse<String> scrape = get(this.managementPort, "/actuator/prometheus");

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge");
		assertThat(get(this.managementPort, "/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void thePublicPortServesTheProbesButNoActuatorEndpoint() {
		this.anonymous.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
		as("admin").get().uri("/actuator/prometheus").exchange().expectStatus().isNotFound();
		as("admin").get().uri("/actuator/health").exchange().expectStatus().isNotFound();
		this.anonymous.get()
			.uri("/readyz")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
		this.anonymous.get()
			.uri("/livez")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}

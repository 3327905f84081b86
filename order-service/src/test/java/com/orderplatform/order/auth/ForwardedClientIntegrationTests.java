package com.orderplatform.order.auth;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which client a login counts for behind a reverse proxy. By default the TCP peer, so a
 * client that sends its own {@code X-Forwarded-For} cannot escape a lock; with
 * {@code OMS_FORWARDED_HEADERS=native} (the cluster's nginx sets the header) the address
 * the trusted proxy forwards, so clients behind one balancer keep separate limits. The
 * requests come from 127.0.0.1, which Tomcat trusts as a proxy.
 */
class ForwardedClientIntegrationTests {

	private static final String CLIENT_A = "203.0.113.7";

	private static final String CLIENT_B = "203.0.113.8";

	private final Path database = TestDatabases.newSqliteFile("forwarded_client");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void ignoresForwardedAddressesByDefaultSoASpoofedHeaderDoesNotEscapeALock() throws Exception {
		try (ConfigurableApplicationContext service = start()) {
			int port = port(service);
			for (int attempt = 1; attempt <= 5; attempt++) {
				assertThat(login(port, CLIENT_A)).as("failure %d", attempt).isEqualTo(401);
			}

			assertThat(login(port, CLIENT_A)).isEqualTo(429);
			assertThat(login(port, CLIENT_B)).isEqualTo(429);
		}
	}

	@Test
	void countsEachForwardedClientOnItsOwnBehindATrustedProxy() throws Exception {
		try (ConfigurableApplicationContext service = start("--OMS_FORWARDED_HEADERS=native")) {
			int port = port(service);
			for (int attempt = 1; attempt <= 5; attempt++) {
				assertThat(login(port, CLIENT_A)).as("failure %d", attempt).isEqualTo(401);
			}

			assertThat(login(port, CLIENT_A)).isEqualTo(429);
			assertThat(login(port, CLIENT_B)).isEqualTo(401);
		}
	}

	private int login(int port, String forwardedFor) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"someone\",\"password\":\"wrong-password\"}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private ConfigurableApplicationContext start(String... more) {
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:sqlite:" + this.database + TestDatabases.SQLITE_PARAMETERS,
				"--oms.data-dir=" + this.database.getParent(), "--oms.initial-admin.password=forwarded-password",
				"--oms.webhooks.secret=webhook-secret-for-tests-0123"));
		args.addAll(List.of(more));
		return new SpringApplicationBuilder(OrderServiceApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext service) {
		return ((WebServerApplicationContext) service).getWebServer().getPort();
	}

}

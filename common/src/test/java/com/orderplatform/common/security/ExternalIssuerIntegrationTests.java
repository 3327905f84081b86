package com.orderplatform.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An external identity provider next to the platform's own issuer, each a real issuer on
 * its own port: its tokens are accepted only when they name the platform's audience, they
 * never make anyone the platform's {@code service}, and a provider that hangs costs a
 * request at most its timeouts, once, not every request.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false" })
class ExternalIssuerIntegrationTests {

	private static final TestTokenIssuer platform = TestTokenIssuer.shared();

	private static final TestTokenIssuer external = TestTokenIssuer.another();

	private static final HangingServer hanging = new HangingServer();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "external_issuer");
		platform.register(registry);
		registry.add("oms.security.trusted-issuers",
				() -> String.join(",", platform.issuer(), external.issuer(), hanging.issuer()));
	}

	@AfterAll
	static void stop() {
		external.stop();
		hanging.close();
	}

	@Test
	void acceptsAnExternalTokenForThePlatformsAudience() throws Exception {
		String token = external.tokenFor(List.of("order-platform", "another-app"), "sato@idp", "viewer");

		HttpResponse<String> response = get("/api/samples", token);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("samples");
	}

	@Test
	void refusesAnExternalTokenWithoutOrForAnotherAudience() throws Exception {
		assertThat(get("/api/samples", external.tokenFor(List.of(), "sato@idp", "admin")).statusCode()).isEqualTo(401);
		assertThat(get("/api/samples", external.tokenFor(List.of("another-app"), "sato@idp", "admin")).statusCode())
			.isEqualTo(401);
		assertThat(get("/api/samples", platform.tokenFor(List.of("another-app"), "svc", "admin")).statusCode())
			.as("the platform's own tokens too")
			.isEqualTo(401);
	}

	@Test
	void anExternalTokenNeverCarriesTheServiceRole() throws Exception {
		HttpResponse<String> external = get("/api/service-only",
				ExternalIssuerIntegrationTests.external.tokenFor(List.of("order-platform"), "mallory@idp", "service"));
		HttpResponse<String> own = get("/api/service-only", platform.token("order-service", "service"));

		assertThat(external.statusCode()).isEqualTo(403);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).isEqualTo("for services");
	}

	/**
	 * The provider never answers: only the read timeout ends the first request (without
	 * it, the test would hang until its own timeout), and the second is refused without
	 * asking the provider again.
	 */
	@Test
	@Timeout(60)
	void aHangingProviderCostsOneTimeoutThenItsTokensAreRefusedAtOnce() throws Exception {
		String token = hanging.token();

		HttpResponse<String> first = get("/api/samples", token);
		HttpResponse<String> second = get("/api/samples", token);

		assertThat(first.statusCode()).isEqualTo(401);
		assertThat(second.statusCode()).isEqualTo(401);
		assertThat(hanging.connections()).as("the provider was asked once").isEqualTo(1);
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A provider that accepts connections and never answers. */
	private static final class HangingServer implements AutoCloseable {

		private final ServerSocket server;

		private final AtomicInteger connections = new AtomicInteger();

		private final List<Socket> held = new CopyOnWriteArrayList<>();

		HangingServer() {
			try {
				this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Thread.ofVirtual().start(this::accept);
		}

		private void accept() {
			while (!this.server.isClosed()) {
				try {
					this.held.add(this.server.accept());
					this.connections.incrementAndGet();
				}
				catch (IOException closed) {
					return;
				}
			}
		}

		String issuer() {
			return "http://127.0.0.1:" + this.server.getLocalPort();
		}

		/** A token naming this issuer, signed by some other key: it never gets as far. */
		String token() {
			String header = base64("{\"alg\":\"RS256\",\"kid\":\"k\"}");
			String claims = base64("{\"iss\":\"" + issuer() + "\",\"sub\":\"x\",\"aud\":\"order-platform\","
					+ "\"exp\":" + (System.currentTimeMillis() / 1000 + 3600) + "}");
			return header + "." + claims + "." + base64("signature");
		}

		int connections() {
			return this.connections.get();
		}

		@Override
		public void close() {
			try {
				this.server.close();
				for (Socket socket : this.held) {
					socket.close();
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static String base64(String text) {
			return java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}

	}

}

package com.orderplatform.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.user.CountingPasswords;
import com.orderplatform.testsupport.RouteWalk;
import com.orderplatform.testsupport.TestDatabases;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one Spring context of the security tests (login, users, keys, revocations,
 * authorization matrix, route spellings): the real service with a real SQLite file on a
 * fixed free port, so that its issuer URL is the address it really answers at and its
 * discovery document can be followed like the other services do; a {@link MutableClock}
 * so lock times pass without waiting; a password checker that counts its BCrypt checks;
 * and a {@link RouteWalk.Tracer} that tells which requests reached a controller. Each
 * test logs in from a loopback address of its own (127.0.x.y), so the per-client login
 * limit of one test never reaches another. Revocations are pushed to a
 * {@link RevocationPeer} standing in for the payment service; the notification service is
 * unreachable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureRestTestClient
@Import({ SecurityIntegrationTestSupport.TestClockConfiguration.class, CountingPasswords.Configuration.class,
		RouteWalk.TracingConfiguration.class })
public abstract class SecurityIntegrationTestSupport {

	/** The port the service listens on. */
	protected static final int PORT = freePort();

	/** The service's issuer URL. */
	protected static final String ISSUER = "http://127.0.0.1:" + PORT;

	/** Receives the revocation pushes meant for the payment service. */
	protected static final RevocationPeer PAYMENT = RevocationPeer.start();

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	/** The address this test's logins come from. */
	protected final String clientAddress = nextClientAddress();

	@Autowired
	protected RestTestClient http;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected ApplicationContext context;

	@Autowired
	private JsonMapper json;

	private String adminToken;

	@DynamicPropertySource
	static void security(DynamicPropertyRegistry registry) {
		Path database = TestDatabases.registerSqlite(registry, "order_service_security");
		TestSecurity.register(registry, database.getParent());
		registry.add("server.port", () -> PORT);
		registry.add("oms.auth.issuer", () -> ISSUER);
		registry.add("oms.security.trusted-issuers", () -> ISSUER);
		registry.add("oms.security.platform-issuer", () -> ISSUER);
		registry.add("oms.payment-service.base-url", PAYMENT::baseUrl);
		registry.add("oms.notification-service.base-url", () -> "http://127.0.0.1:9");
		registry.add("oms.security.revocations.refresh", () -> "1s");
	}

	/** A loopback address no other test of this JVM logs in from. */
	protected static String nextClientAddress() {
		int n = CLIENTS.incrementAndGet();
		return "127.0." + (n / 250) + "." + (n % 250 + 2);
	}

	/**
	 * A client connecting from the given loopback address, as the service sees it in
	 * {@code getRemoteAddr()}.
	 * @param address e.g. {@code 127.0.0.7}
	 * @return the client
	 */
	protected RestTestClient from(String address) {
		try {
			HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
			return RestTestClient.bindToServer(new JdkClientHttpRequestFactory(client))
				.baseUrl("http://127.0.0.1:" + PORT)
				.configureMessageConverters(converters -> converters.registerDefaults()
					.withJsonConverter(new JacksonJsonHttpMessageConverter(this.json)))
				.build();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(address, ex);
		}
	}

	/** A user name no other test uses. */
	protected static String uniqueUsername(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Logs in from this test's own client address. */
	protected RestTestClient.ResponseSpec login(String username, String password) {
		return login(this.clientAddress, username, password);
	}

	protected RestTestClient.ResponseSpec login(String address, String username, String password) {
		return from(address).post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).body("""
				{"username": "%s", "password": "%s"}""".formatted(username, password)).exchange();
	}

	protected TokenResponse loggedIn(String username, String password) {
		return login(username, password).expectStatus()
			.isOk()
			.expectBody(TokenResponse.class)
			.returnResult()
			.getResponseBody();
	}

	/** A client carrying the first admin's token, from a real login. */
	protected RestTestClient asAdmin() {
		if (this.adminToken == null) {
			this.adminToken = loggedIn(TestSecurity.ADMIN_USERNAME, TestSecurity.ADMIN_PASSWORD).accessToken();
		}
		return as(this.adminToken);
	}

	/** A client carrying the token, from this test's own client address. */
	protected RestTestClient as(String token) {
		return from(this.clientAddress).mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
	}

	/** Creates a user through the API as the admin. */
	protected void createUser(String username, String password, String role) {
		asAdmin().post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"username": "%s", "password": "%s", "role": "%s"}""".formatted(username, password, role))
			.exchange()
			.expectStatus()
			.isCreated();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClockConfiguration {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

	}

}

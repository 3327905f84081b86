package com.orderplatform.order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;

import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.testsupport.RouteWalk;
import com.orderplatform.testsupport.TestDatabases;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The one Spring context of the security tests (login, users, keys, authorization
 * matrix): the real service with a real SQLite file on a fixed free port, so that its
 * issuer URL is the address it really answers at and its discovery document can be
 * followed like the other services do; a {@link MutableClock} so lock times pass without
 * waiting; and a {@link RouteWalk.Tracer} that tells which requests reached a controller.
 * The downstream services are never called here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@AutoConfigureRestTestClient
@Import({ SecurityIntegrationTestSupport.TestClockConfiguration.class, RouteWalk.TracingConfiguration.class })
public abstract class SecurityIntegrationTestSupport {

	/** The port the service listens on. */
	protected static final int PORT = freePort();

	/** The service's issuer URL. */
	protected static final String ISSUER = "http://127.0.0.1:" + PORT;

	@Autowired
	protected RestTestClient http;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected ApplicationContext context;

	private String adminToken;

	@DynamicPropertySource
	static void security(DynamicPropertyRegistry registry) {
		Path database = TestDatabases.registerSqlite(registry, "order_service_security");
		TestSecurity.register(registry, database.getParent());
		registry.add("server.port", () -> PORT);
		registry.add("oms.auth.issuer", () -> ISSUER);
		registry.add("oms.security.trusted-issuers", () -> ISSUER);
		registry.add("oms.security.platform-issuer", () -> ISSUER);
		registry.add("oms.payment-service.base-url", () -> "http://127.0.0.1:9");
		registry.add("oms.notification-service.base-url", () -> "http://127.0.0.1:9");
	}

	/** A user name no other test uses. */
	protected static String uniqueUsername(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	protected RestTestClient.ResponseSpec login(String username, String password) {
		return this.http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).body("""
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

	protected RestTestClient as(String token) {
		return this.http.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
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

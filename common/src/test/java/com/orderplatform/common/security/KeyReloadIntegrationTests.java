package com.orderplatform.common.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.nimbusds.jose.jwk.RSAKey;
import com.orderplatform.testsupport.TestDatabases;
import com.orderplatform.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service verifying the platform's tokens against the issuer's published key set (as
 * the payment and notification services do) accepts a token signed with a key the issuer
 * published after the set was fetched, by fetching it again once, and refuses a token
 * whose key is still unknown (401) without fetching again within ten seconds.
 */
@SpringBootTest(classes = SecuredSampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:platform-defaults.yml", "spring.flyway.enabled=false" })
class KeyReloadIntegrationTests {

	private static final TestTokenIssuer issuer = TestTokenIssuer.another();

	private final HttpClient http = HttpClient.newHttpClient();

	@Value("${local.server.port}")
	private int port;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "key_reload");
		issuer.register(registry);
	}

	@AfterAll
	static void stop() {
		issuer.stop();
	}

	@Test
	void fetchesTheKeySetAgainForAnUnknownKeyOnceThenAcceptsOrRefuses() throws Exception {
		assertThat(get(issuer.token("yamada", "viewer")).statusCode()).isEqualTo(200);
		int fetchedAtFirst = issuer.keySetRequests();
		RSAKey added = issuer.addKey();

		HttpResponse<String> withAddedKey = get(issuer.tokenSignedWith(added, "sato", "viewer"));
		HttpResponse<String> withUnknownKey = get(issuer.tokenSignedWith(issuer.unpublishedKey(), "mallory", "admin"));
		HttpResponse<String> withAddedKeyAgain = get(issuer.tokenSignedWith(added, "sato", "viewer"));

		assertThat(fetchedAtFirst).isEqualTo(1);
		assertThat(withAddedKey.statusCode()).isEqualTo(200);
		assertThat(withAddedKey.body()).isEqualTo("samples");
		assertThat(withUnknownKey.statusCode()).isEqualTo(401);
		assertThat(withAddedKeyAgain.statusCode()).isEqualTo(200);
		assertThat(issuer.keySetRequests()).as("one fetch for the added key, none for the unknown one within 10 s")
			.isEqualTo(2);
	}

	private HttpResponse<String> get(String token) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/samples"))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}

package com.orderplatform.order.auth;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;

import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.RevocationPeer;
import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.TestSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Revocation on the order service: disabling a user refuses the user's tokens here at
 * once and pushes the revocation, with the service token, to the other services before
 * the admin gets the answer (one of them unreachable, which changes nothing); a change
 * made by another instance arrives within the refresh; and the list the other services
 * pull is given only for a valid signature.
 */
class TokenRevocationIntegrationTests extends SecurityIntegrationTestSupport {

	private static final String PASSWORD = "a-password-to-revoke";

	private static final String REVOKED = "Token revoked: the password was changed or the account disabled since it "
			+ "was issued; log in again";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void disablingAUserRevokesTheirTokenAtOnceAndPushesItBeforeAnswering() throws Exception {
		String username = uniqueUsername("leaver");
		createUser(username, PASSWORD, "operator");
		RestTestClient user = as(loggedIn(username, PASSWORD).accessToken());
		user.get().uri("/api/v1/orders").exchange().expectStatus().isOk();
		int pushesBefore = PAYMENT.pushes().size();

		setEnabled(username, false).expectStatus().isOk();

		assertThat(PAYMENT.pushes()).hasSize(pushesBefore + 1);
		RevocationPeer.Push push = PAYMENT.pushes().get(pushesBefore);
		assertThat(push.method()).isEqualTo("POST");
		assertThat(SignedJWT.parse(push.authorization().substring("Bearer ".length()))
			.getJWTClaimsSet()
			.getStringListClaim("roles")).containsExactly("service");
		assertThat(push.body()).isEqualTo("{\"revocations\":[{\"subject\":\"%s\",\"version\":1,\"expires_at\":\"%s\"}]}"
			.formatted(username, this.clock.instant().plus(Duration.ofHours(1)).plusSeconds(60)));
		user.get()
			.uri("/api/v1/orders")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo(REVOKED);
		setEnabled(username, true).expectStatus().isOk();
		user.get().uri("/api/v1/orders").exchange().expectStatus().isUnauthorized();
		as(loggedIn(username, PASSWORD).accessToken()).get().uri("/api/v1/orders").exchange().expectStatus().isOk();
	}

	@Test
	void aRevocationStoredByAnotherInstanceIsRefusedWithinTheRefresh() {
		String username = uniqueUsername("elsewhere");
		createUser(username, PASSWORD, "viewer");
		RestTestClient user = as(loggedIn(username, PASSWORD).accessToken());

		this.jdbc.sql("UPDATE users SET token_version = 1, tokens_revoked_at = ? WHERE username = ?")
			.param(Timestamp.from(this.clock.instant()))
			.param(username)
			.update();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> user.get().uri("/api/v1/orders").exchange().returnResult(String.class).getStatus().value(),
					status -> status == 401);
	}

	@Test
	void givesTheRevocationListOnlyForAValidFreshSignature() {
		String username = uniqueUsername("listed");
		createUser(username, PASSWORD, "viewer");
		setEnabled(username, false).expectStatus().isOk();
		byte[] secret = TestSecurity.REVOCATION_SECRET.getBytes(StandardCharsets.UTF_8);

		pull(RevocationPulls.sign(secret, this.clock.instant())).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.revocations[?(@.subject == '%s')].version".formatted(username))
			.isEqualTo(1);
		pull(null).expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Revocation list refused: the X-OMS-Signature header is missing");
		pull(RevocationPulls.sign("another-secret-of-some-length".getBytes(StandardCharsets.UTF_8),
				this.clock.instant()))
			.expectStatus()
			.isUnauthorized();
		pull(RevocationPulls.sign(secret, this.clock.instant().minus(Duration.ofMinutes(6)))).expectStatus()
			.isUnauthorized()
			.expectBody(String.class)
			.value(body -> assertThat(body).doesNotContain(username));
	}

	private RestTestClient.ResponseSpec pull(String signature) {
		RestTestClient.RequestHeadersSpec<?> request = this.http.get().uri(RevocationPulls.PATH);
		if (signature != null) {
			request.header(WebhookSignatures.HEADER, signature);
		}
		return request.exchange();
	}

	private RestTestClient.ResponseSpec setEnabled(String username, boolean enabled) {
		return asAdmin().patch()
			.uri("/api/v1/users/{username}", username)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\": " + enabled + "}")
			.exchange();
	}

}

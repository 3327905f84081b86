package com.orderplatform.order.auth;

import java.time.Duration;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.api.UserRole;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * POST /api/v1/auth/login: a token (with the user's token version) for the right
 * password; one answer for every wrong login; and the lock after repeated failures for a
 * user name from one client, waited out on the test clock, for unknown user names alike.
 * A name nobody has is logged masked (it may be a password typed in the wrong field).
 * Concurrency and the per-client limit: {@code LoginThrottleIntegrationTests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginIntegrationTests extends SecurityIntegrationTestSupport {

	private static final String PASSWORD = "correct-horse-battery";

	private static final String INVALID = "Invalid username or password";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void issuesABearerTokenForTheRightPassword() throws Exception {
		String username = uniqueUsername("operator");
		createUser(username, PASSWORD, "operator");

		TokenResponse response = loggedIn(username, PASSWORD);

		assertThat(response.tokenType()).isEqualTo("bearer");
		assertThat(response.expiresIn()).isEqualTo(3600);
		assertThat(response.role()).isEqualTo(UserRole.OPERATOR);
		JWTClaimsSet claims = SignedJWT.parse(response.accessToken()).getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(ISSUER);
		assertThat(claims.getSubject()).isEqualTo(username);
		assertThat(claims.getStringListClaim("roles")).containsExactly("operator");
		assertThat(claims.getIssueTime().toInstant()).isEqualTo(this.clock.instant());
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(this.clock.instant().plus(Duration.ofHours(1)));
		assertThat(claims.getJWTID()).isNotBlank();
		assertThat(claims.getLongClaim("ver")).as("a new user's token version").isZero();
	}

	@Test
	void answersTheLoginAsJsonInSnakeCase() {
		this.http.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", "admin", "password", "admin-password-for-tests"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.token_type")
			.isEqualTo("bearer")
			.jsonPath("$.expires_in")
			.isEqualTo(3600)
			.jsonPath("$.role")
			.isEqualTo("admin")
			.jsonPath("$.access_token")
			.isNotEmpty();
	}

	@Test
	void refusesAWrongPassword() {
		String username = uniqueUsername("viewer");
		createUser(username, PASSWORD, "viewer");

		refused(login(username, "wrong-password-1"));
	}

	@Test
	void refusesAnUnknownUserWithTheSameAnswerAndLogsOnlyTheNamesFirstLetter(CapturedOutput output) {
		String username = uniqueUsername("nobody");

		refused(login(username, PASSWORD));

		assertThat(output.getOut())
			.contains("Refused login of unknown user 'n***' (masked: a name nobody has may be"
					+ " a password typed in the wrong field)")
			.doesNotContain(username);
	}

	@Test
	void refusesADisabledUserWithTheSameAnswerEvenWithTheRightPassword() {
		String username = uniqueUsername("leaver");
		createUser(username, PASSWORD, "operator");
		disable(username);

		refused(login(username, PASSWORD));
	}

	@Test
	void locksTheAccountAfterFiveFailuresEvenForTheRightPasswordUntilTheLockHasPassed() {
		String username = uniqueUsername("guessed");
		createUser(username, PASSWORD, "viewer");

		for (int i = 1; i <= 5; i++) {
			refused(login(username, "wrong-password-" + i));
		}
		locked(login(username, PASSWORD), 30);
		assertThat(failedLogins(username)).as("a refused locked login is not counted").isEqualTo(5);
		assertThat(lockedUntil(username)).isEqualTo(this.clock.instant().plusSeconds(30).toString());
		assertThat(failures("client:" + this.clientAddress)).as("nor counted for the client").isEqualTo(5);

		this.clock.advance(Duration.ofSeconds(29));
		locked(login(username, PASSWORD), 1);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.VIEWER);
		assertThat(failedLogins(username)).as("a success resets the count").isZero();
		assertThat(lockedUntil(username)).isNull();
		assertThat(failures("client:" + this.clientAddress)).as("the success is no failure of the client").isEqualTo(5);
	}

	@Test
	void doublesTheLockWithEachFurtherFailure() {
		String username = uniqueUsername("persistent");
		createUser(username, PASSWORD, "viewer");
		for (int i = 1; i <= 5; i++) {
			refused(login(username, "wrong-password-" + i));
		}
		this.clock.advance(Duration.ofSeconds(30));

		refused(login(username, "wrong-password-6"));
		locked(login(username, PASSWORD), 60);

		this.clock.advance(Duration.ofSeconds(60));
		refused(login(username, "wrong-password-7"));
		locked(login(username, PASSWORD), 120);
		assertThat(failedLogins(username)).isEqualTo(7);
	}

	@Test
	void forgetsEarlierFailuresAfterASuccessfulLogin() {
		String username = uniqueUsername("typo");
		createUser(username, PASSWORD, "operator");
		for (int i = 1; i <= 4; i++) {
			refused(login(username, "wrong-password-" + i));
		}
		loggedIn(username, PASSWORD);

		for (int i = 1; i <= 4; i++) {
			refused(login(username, "wrong-password-" + i));
		}

		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.OPERATOR);
		assertThat(failedLogins(username)).isZero();
	}

	@Test
	void locksAnUnknownUserNameLikeARealOneWithTheSameAnswer() {
		String known = uniqueUsername("known");
		String unknown = uniqueUsername("ghost");
		createUser(known, PASSWORD, "viewer");
		for (int i = 1; i <= 5; i++) {
			refused(login(known, "wrong-password-" + i));
			refused(login(unknown, "wrong-password-" + i));
		}

		EntityExchangeResult<String> knownLocked = login(known, PASSWORD).expectBody(String.class).returnResult();
		EntityExchangeResult<String> unknownLocked = login(unknown, PASSWORD).expectBody(String.class).returnResult();

		assertThat(knownLocked.getStatus().value()).isEqualTo(429);
		assertThat(unknownLocked.getStatus().value()).isEqualTo(429);
		assertThat(unknownLocked.getResponseHeaders().getFirst("Retry-After"))
			.isEqualTo(knownLocked.getResponseHeaders().getFirst("Retry-After"))
			.isEqualTo("30");
		assertThat(unknownLocked.getResponseHeaders().getContentType())
			.isEqualTo(knownLocked.getResponseHeaders().getContentType());
		assertThat(unknownLocked.getResponseBody()).isEqualTo(knownLocked.getResponseBody())
			.isEqualTo("{\"detail\":\"Too many failed logins; try again in 30 s\",\"instance\":\"/api/v1/auth/login\","
					+ "\"status\":429,\"title\":\"Too Many Requests\"}");
		assertThat(failedLogins(unknown)).isEqualTo(failedLogins(known)).isEqualTo(5);
	}

	@Test
	void countsADisabledAccountsRightPasswordAsAFailure() {
		String username = uniqueUsername("disabled");
		createUser(username, PASSWORD, "operator");
		disable(username);

		for (int i = 1; i <= 5; i++) {
			refused(login(username, PASSWORD));
		}

		locked(login(username, PASSWORD), 30);
		assertThat(failedLogins(username)).isEqualTo(5);
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/auth/login:  required property 'password' not found")
	void rejectsALoginWithoutPasswordNamingTheField() {
		this.http.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\": \"admin\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("password");
	}

	private static void refused(RestTestClient.ResponseSpec response) {
		response.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.detail")
			.isEqualTo(INVALID);
	}

	private static void locked(RestTestClient.ResponseSpec response, long retryAfterSeconds) {
		response.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", Long.toString(retryAfterSeconds))
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Too many failed logins; try again in " + retryAfterSeconds + " s");
	}

	private int failedLogins(String username) {
		return failures("account:" + username + "|client:" + this.clientAddress);
	}

	private int failures(String key) {
		return this.jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = ?")
			.param(key)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private String lockedUntil(String username) {
		return this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = ?")
			.param("account:" + username + "|client:" + this.clientAddress)
			.query((rs, row) -> (rs.getTimestamp(1) != null) ? rs.getTimestamp(1).toInstant().toString() : null)
			.optional()
			.orElse(null);
	}

	private void disable(String username) {
		asAdmin().patch()
			.uri("/api/v1/users/{username}", username)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\": false}")
			.exchange()
			.expectStatus()
			.isOk();
	}

}

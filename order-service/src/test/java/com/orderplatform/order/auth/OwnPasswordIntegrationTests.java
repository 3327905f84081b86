package com.orderplatform.order.auth;

import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.api.TokenResponse;
import com.orderplatform.order.api.UserRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PUT /api/v1/users/me/password: every user changes their own password with the current
 * one, checked and throttled like a login; the answer's fresh token keeps the caller
 * logged in while every older token of the user is refused.
 */
class OwnPasswordIntegrationTests extends SecurityIntegrationTestSupport {

	private static final String PASSWORD = "the-first-password";

	private static final String NEW_PASSWORD = "the-second-password";

	@Test
	void changesThePasswordAndAnswersAFreshTokenWhileTheOldOneIsRevoked() throws Exception {
		String username = uniqueUsername("changer");
		createUser(username, PASSWORD, "viewer");
		TokenResponse before = loggedIn(username, PASSWORD);

		TokenResponse after = change(as(before.accessToken()), PASSWORD, NEW_PASSWORD).expectStatus()
			.isOk()
			.expectBody(TokenResponse.class)
			.returnResult()
			.getResponseBody();

		assertThat(after.role()).isEqualTo(UserRole.VIEWER);
		assertThat(after.expiresIn()).isEqualTo(3600);
		assertThat(SignedJWT.parse(before.accessToken()).getJWTClaimsSet().getLongClaim("ver")).isZero();
		assertThat(SignedJWT.parse(after.accessToken()).getJWTClaimsSet().getLongClaim("ver")).isEqualTo(1);
		change(as(before.accessToken()), NEW_PASSWORD, "a-third-password").expectStatus()
			.isUnauthorized()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Token revoked: the password was changed or the account disabled since it was issued; "
					+ "log in again");
		login(username, PASSWORD).expectStatus().isUnauthorized();
		assertThat(loggedIn(username, NEW_PASSWORD).role()).isEqualTo(UserRole.VIEWER);
		change(as(after.accessToken()), NEW_PASSWORD, "a-third-password").expectStatus().isOk();
	}

	@Test
	void refusesAWrongCurrentPasswordNamingTheFieldAndThrottlesItLikeALogin() {
		String username = uniqueUsername("forgetful");
		createUser(username, PASSWORD, "operator");
		RestTestClient user = as(loggedIn(username, PASSWORD).accessToken());

		for (int i = 1; i <= 5; i++) {
			change(user, "not-it-" + i, NEW_PASSWORD).expectStatus()
				.isBadRequest()
				.expectBody()
				.jsonPath("$.field")
				.isEqualTo("current_password")
				.jsonPath("$.detail")
				.isEqualTo("current_password: is not your current password");
		}

		change(user, PASSWORD, NEW_PASSWORD).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("Retry-After", "30");
		login(username, PASSWORD).expectStatus().isEqualTo(429);
		this.clock.advance(java.time.Duration.ofSeconds(30));
		change(user, PASSWORD, NEW_PASSWORD).expectStatus().isOk();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					too short        | {"current_password": "the-first-password", "new_password": "eleven-char"}           | new_password     | new_password: must be 12 to 72 characters long
					over 72 bytes    | {"current_password": "the-first-password", "new_password": "パスワードパスワードパスワードパスワードパスワード"} | new_password | new_password: must be at most 72 bytes in UTF-8
					the same         | {"current_password": "the-first-password", "new_password": "the-first-password"}    | new_password     | new_password: must differ from the current password
					no new one       | {"current_password": "the-first-password"}                                            | new_password     | new_password: must not be null
					no current one   | {"new_password": "the-second-password"}                                               | current_password | current_password: must not be empty
					""")
	void rejectsAnUnusableRequestNamingTheFieldWithoutCountingIt(String description, String json, String field,
			String detail) {
		String username = uniqueUsername("careful");
		createUser(username, PASSWORD, "viewer");
		RestTestClient user = as(loggedIn(username, PASSWORD).accessToken());

		user.put()
			.uri("/api/v1/users/me/password")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.isEqualTo(detail);
		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.VIEWER);
	}

	private RestTestClient.ResponseSpec change(RestTestClient client, String current, String next) {
		return client.put()
			.uri("/api/v1/users/me/password")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"current_password\": \"%s\", \"new_password\": \"%s\"}".formatted(current, next))
			.exchange();
	}

}

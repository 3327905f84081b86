package com.orderplatform.order.user;

import java.util.List;

import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.UserRole;
import com.orderplatform.order.api.UserView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /api/v1/users: admins create, list, disable and re-enable accounts; the API never shows
 * a password hash.
 */
class UserApiIntegrationTests extends SecurityIntegrationTestSupport {

	private static final String PASSWORD = "a-long-enough-password";

	@Test
	void createsAUserAnswering201WithItsLocationAndNoPassword() {
		String username = uniqueUsername("tanaka");

		asAdmin().post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(userJson(username, PASSWORD, "operator"))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.valueMatches("Location", "http://[^/]+/api/v1/users/" + username)
			.expectBody()
			.jsonPath("$.id")
			.isNumber()
			.jsonPath("$.username")
			.isEqualTo(username)
			.jsonPath("$.role")
			.isEqualTo("operator")
			.jsonPath("$.enabled")
			.isEqualTo(true)
			.jsonPath("$.created_at")
			.isEqualTo(this.clock.instant().toString())
			.jsonPath("$.password")
			.doesNotExist()
			.jsonPath("$.password_hash")
			.doesNotExist();

		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.OPERATOR);
	}

	@Test
	void refusesATakenUsernameWith409() {
		String username = uniqueUsername("sato");
		createUser(username, PASSWORD, "viewer");

		create(userJson(username, "another-long-password", "admin")).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("User name '" + username + "' is already taken");
		assertThat(loggedIn(username, PASSWORD).role()).as("the first account is unchanged").isEqualTo(UserRole.VIEWER);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					username too short     | {"username": "ab", "password": "a-long-enough-password", "role": "viewer"}                 | username | username: size must be between 3 and 64
					username with a space  | {"username": "ab cd", "password": "a-long-enough-password", "role": "viewer"}              | username | username: may contain only letters, digits and . _ @ -
					username missing       | {"password": "a-long-enough-password", "role": "viewer"}                                   | username | username: must not be null
					password too short     | {"username": "shortpass", "password": "eleven-char", "role": "viewer"}                     | password | password: must be 12 to 72 characters long
					password over 72 bytes | {"username": "longpass", "password": "パスワードパスワードパスワードパスワードパスワード", "role": "viewer"} | password | password: must be at most 72 bytes in UTF-8
					unknown role           | {"username": "rootuser", "password": "a-long-enough-password", "role": "root"}             | role     | role: must be one of admin, operator, viewer
					role missing           | {"username": "noroleuser", "password": "a-long-enough-password"}                          | role     | role: must not be null
					""")
	void rejectsAnInvalidUserNamingTheField(String description, String json, String field, String detail) {
		create(json).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.isEqualTo(detail);
	}

	@Test
	void listsUsersByNameWithoutPasswords() {
		String first = uniqueUsername("a-list");
		String second = uniqueUsername("b-list");
		createUser(second, PASSWORD, "viewer");
		createUser(first, PASSWORD, "operator");

		List<UserView> users = asAdmin().get()
			.uri("/api/v1/users")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<UserView>>() {
			})
			.returnResult()
			.getResponseBody();

		assertThat(users).extracting(UserView::username)
			.isSorted()
			.contains(TestSecurity.ADMIN_USERNAME, first, second);
		assertThat(users).filteredOn(user -> user.username().equals(first))
			.singleElement()
			.satisfies(user -> assertThat(user.role()).isEqualTo(UserRole.OPERATOR));
		asAdmin().get()
			.uri("/api/v1/users/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[*].password_hash")
			.isEmpty();
	}

	@Test
	void disablesAUserWhoseLoginsAreThenRefusedAndEnablesThemAgain() {
		String username = uniqueUsername("suzuki");
		createUser(username, PASSWORD, "operator");

		setEnabled(asAdmin(), username, false).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.enabled")
			.isEqualTo(false);
		login(username, PASSWORD).expectStatus().isUnauthorized();

		setEnabled(asAdmin(), username, true).expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(true);
		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.OPERATOR);
	}

	@Test
	void refusesAnAdminDisablingTheirOwnAccount() {
		String username = uniqueUsername("boss");
		createUser(username, PASSWORD, "admin");
		RestTestClient boss = as(loggedIn(username, PASSWORD).accessToken());

		setEnabled(boss, username, false).expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("User '" + username + "' cannot disable their own account; another admin can");

		assertThat(loggedIn(username, PASSWORD).role()).isEqualTo(UserRole.ADMIN);
	}

	@Test
	void answers404ForAnUnknownUser() {
		setEnabled(asAdmin(), "no-such-user", false).expectStatus()
			.isNotFound()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("User 'no-such-user' not found");
	}

	@Test
	void keepsAnOptionalEmailAddressThatAnAdminCanChangeAndRemove() {
		String username = uniqueUsername("kimura");
		create("""
				{"username": "%s", "password": "%s", "role": "operator", "email": "kimura@example.co.jp"}"""
			.formatted(username, PASSWORD)).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo("kimura@example.co.jp");

		patch(username, "{\"email\": \"k.kimura@example.jp\"}").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEqualTo("k.kimura@example.jp")
			.jsonPath("$.enabled")
			.isEqualTo(true);
		patch(username, "{\"email\": \"\"}").expectStatus().isOk().expectBody().jsonPath("$.email").isEmpty();
		asAdmin().get()
			.uri("/api/v1/users/{username}", username)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.email")
			.isEmpty();
	}

	@Test
	void rejectsAnInvalidEmailNamingTheField() {
		create("""
				{"username": "%s", "password": "%s", "role": "viewer", "email": "not-an-address"}"""
			.formatted(uniqueUsername("bademail"), PASSWORD)).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("email");
		patch(TestSecurity.ADMIN_USERNAME, "{\"email\": \"two@@example.com\"}").expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("email");
	}

	@Test
	void rejectsAnUpdateThatChangesNothing() {
		asAdmin().patch()
			.uri("/api/v1/users/{username}", TestSecurity.ADMIN_USERNAME)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("changes: must give enabled or email");
	}

	private RestTestClient.ResponseSpec create(String json) {
		return asAdmin().post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
	}

	private RestTestClient.ResponseSpec patch(String username, String json) {
		return asAdmin().patch()
			.uri("/api/v1/users/{username}", username)
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private static RestTestClient.ResponseSpec setEnabled(RestTestClient client, String username, boolean enabled) {
		return client.patch()
			.uri("/api/v1/users/{username}", username)
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"enabled\": " + enabled + "}")
			.exchange();
	}

	private static String userJson(String username, String password, String role) {
		return """
				{"username": "%s", "password": "%s", "role": "%s"}""".formatted(username, password, role);
	}

}

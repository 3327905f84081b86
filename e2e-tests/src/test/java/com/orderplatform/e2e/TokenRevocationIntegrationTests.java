package com.orderplatform.e2e;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Token revocation across the three real services: disabling a user or changing a
 * password refuses the user's older tokens on every service the moment the order service
 * answers (no waiting), the fresh token of a password change works everywhere, and a
 * service that was down when the revocation was pushed refuses the token as soon as it is
 * back (it pulls the list at start).
 */
class TokenRevocationIntegrationTests {

	private static final ApiClient anonymous = new ApiClient();

	private static final String REVOKED = "Token revoked: the password was changed or the account disabled since it "
			+ "was issued; log in again";

	private static Platform platform;

	private static ApiClient admin;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = anonymous.login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	@Test
	void disablingAUserRefusesTheirTokenOnAllThreeServicesAtOnce() {
		String username = createUser("revoked-op");
		ApiClient user = anonymous.login(platform.order.baseUri(), username, password(username));
		assertThat(reads(user)).containsOnly(200);

		ApiClient.Response disabled = admin.patch(platform.order.baseUri(), "/api/v1/users/" + username,
				Map.of("enabled", false));

		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertRevokedEverywhere(user);
	}

	@Test
	void changingTheOwnPasswordRevokesEveryOlderSessionEverywhereAndTheFreshTokenWorks() {
		String username = createUser("changer");
		ApiClient session = anonymous.login(platform.order.baseUri(), username, password(username));
		ApiClient otherSession = anonymous.login(platform.order.baseUri(), username, password(username));

		ApiClient.Response changed = session.put(platform.order.baseUri(), "/api/v1/users/me/password",
				Map.of("current_password", password(username), "new_password", "a-brand-new-password-1"));

		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		ApiClient fresh = anonymous.withToken(changed.json().get("access_token").asString());
		assertThat(reads(fresh)).containsOnly(200);
		assertRevokedEverywhere(session);
		assertRevokedEverywhere(otherSession);
		assertThat(anonymous
			.post(platform.order.baseUri(), "/api/v1/auth/login",
					Map.of("username", username, "password", password(username)))
			.status()).isEqualTo(401);
	}

	@Test
	void aServiceThatMissedThePushRefusesTheTokenWhenItIsBack() {
		String username = createUser("while-down");
		ApiClient user = anonymous.login(platform.order.baseUri(), username, password(username));
		assertThat(user.get(platform.payment.baseUri(), "/api/v1/payments?limit=1").status()).isEqualTo(200);

		platform.payment.stop();
		try {
			assertThat(admin.patch(platform.order.baseUri(), "/api/v1/users/" + username, Map.of("enabled", false))
				.status()).as("a peer that cannot be reached does not fail the change").isEqualTo(200);
		}
		finally {
			platform.payment.launch();
			platform.payment.awaitReady();
		}

		ApiClient.Response refused = user.get(platform.payment.baseUri(), "/api/v1/payments?limit=1");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).isEqualTo(REVOKED);
	}

	private static void assertRevokedEverywhere(ApiClient client) {
		for (URI service : services()) {
			ApiClient.Response response = client.get(service, readPath(service));
			assertThat(response.status()).as("%s: %s", service, response.body()).isEqualTo(401);
			assertThat(response.json().get("detail").asString()).as("%s", service).isEqualTo(REVOKED);
		}
	}

	private static List<Integer> reads(ApiClient client) {
		return services().stream().map(service -> client.get(service, readPath(service)).status()).toList();
	}

	private static List<URI> services() {
		return List.of(platform.order.baseUri(), platform.payment.baseUri(), platform.notification.baseUri());
	}

	private static String readPath(URI service) {
		if (service.equals(platform.order.baseUri())) {
			return "/api/v1/orders?limit=1";
		}
		return service.equals(platform.payment.baseUri()) ? "/api/v1/payments?limit=1"
				: "/api/v1/notifications?limit=1";
	}

	private static String createUser(String prefix) {
		String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response created = admin.post(platform.order.baseUri(), "/api/v1/users",
				Map.of("username", username, "password", password(username), "role", "operator"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return username;
	}

	private static String password(String username) {
		return "password-of-" + username;
	}

}

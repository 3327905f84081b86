package com.orderplatform.order.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.orderplatform.order.SecurityIntegrationTestSupport;
import com.orderplatform.order.api.UserRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle against the real service, database and sockets: parallel guesses
 * cannot run more BCrypt checks than the limit allows, the lock of a user name holds only
 * for the client that earned it, and one client is stopped after 20 failures across any
 * user names.
 */
class LoginThrottleIntegrationTests extends SecurityIntegrationTestSupport {

	private static final String PASSWORD = "correct-horse-battery";

	private static final int GUESSES = 60;

	@Autowired
	private CountingPasswords passwords;

	@Autowired
	private LoginThrottleRepository throttle;

	@Test
	void sixtyParallelWrongPasswordsRunAtMostFiveBcryptChecksAndTheRestGet429() throws Exception {
		String username = uniqueUsername("target");
		createUser(username, PASSWORD, "viewer");
		RestTestClient client = from(this.clientAddress);
		CountDownLatch ready = new CountDownLatch(GUESSES);
		CountDownLatch go = new CountDownLatch(1);
		int checksBefore = this.passwords.checks();

		List<Integer> statuses = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(GUESSES)) {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < GUESSES; i++) {
				String guess = "wrong-password-" + i;
				answers.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return login(client, username, guess);
				}));
			}
			ready.await();
			go.countDown();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}

		assertThat(this.passwords.checks() - checksBefore).as("BCrypt checks").isEqualTo(5);
		assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
		assertThat(statuses).filteredOn(status -> status == 429).hasSize(GUESSES - 5);
		assertThat(this.throttle.failures(LoginAttempts.accountKey(username, this.clientAddress))).isEqualTo(5);
		assertThat(this.throttle.failures("client:" + this.clientAddress)).as("refused guesses are not counted")
			.isEqualTo(5);
	}

	@Test
	void aUserNameLockedForOneClientStillLogsInFromAnother() {
		String username = uniqueUsername("victim");
		createUser(username, PASSWORD, "operator");
		String attacker = nextClientAddress();
		for (int i = 1; i <= 5; i++) {
			assertThat(login(from(attacker), username, "guess-" + i)).isEqualTo(401);
		}
		assertThat(login(from(attacker), username, PASSWORD)).as("locked for the attacker").isEqualTo(429);

		assertThat(loggedIn(username, PASSWORD).role()).as("the user, from their own address")
			.isEqualTo(UserRole.OPERATOR);
	}

	@Test
	void oneClientIsLockedAfterTwentyFailuresAcrossUserNamesWhileOthersLogIn() {
		String username = uniqueUsername("regular");
		createUser(username, PASSWORD, "viewer");
		String sprayer = nextClientAddress();
		for (int i = 1; i <= 20; i++) {
			assertThat(login(from(sprayer), uniqueUsername("spray" + i), PASSWORD)).as("guess %d", i).isEqualTo(401);
		}

		RestTestClient.ResponseSpec next = from(sprayer).post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json(uniqueUsername("spray21"), PASSWORD))
			.exchange();

		next.expectStatus().isEqualTo(429).expectHeader().valueEquals("Retry-After", "30");
		assertThat(login(from(sprayer), username, PASSWORD)).as("even the right password, from that client")
			.isEqualTo(429);
		assertThat(loggedIn(username, PASSWORD).role()).as("from another client").isEqualTo(UserRole.VIEWER);
		assertThat(this.throttle.failures("client:" + sprayer)).isEqualTo(20);
	}

	@Test
	void aSuccessTakesItsOwnAttemptBackFromTheClientsCount() {
		String username = uniqueUsername("busy");
		createUser(username, PASSWORD, "viewer");
		String office = nextClientAddress();
		for (int i = 1; i <= 19; i++) {
			assertThat(login(from(office), uniqueUsername("typo" + i), PASSWORD)).isEqualTo(401);
		}

		assertThat(login(from(office), username, PASSWORD)).isEqualTo(200);
		assertThat(this.throttle.failures("client:" + office)).isEqualTo(19);
		assertThat(login(from(office), username, "one-more-typo")).as("the 20th failure").isEqualTo(401);
		assertThat(login(from(office), username, PASSWORD)).as("now locked").isEqualTo(429);
	}

	private static int login(RestTestClient client, String username, String password) {
		return client.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body(json(username, password))
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private static String json(String username, String password) {
		return "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password);
	}

}

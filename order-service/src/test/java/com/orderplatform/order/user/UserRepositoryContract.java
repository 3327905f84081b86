package com.orderplatform.order.user;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.UserRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link UserRepository} guarantees, on each database the service supports (a
 * subclass per database): unique user names, and failed logins counted and locked in the
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
abstract class UserRepositoryContract {

	private static final Instant AT = Instant.parse("2026-02-01T08:00:00.123Z");

	@Autowired
	private UserRepository repository;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-user-repository-"));
	}

	@Test
	void storesAnEnabledUserWithoutFailures() {
		String username = unique();

		User inserted = this.repository.insert(username, "$2a$10$hash", UserRole.OPERATOR, null, AT);
		User found = this.repository.findByUsername(username).orElseThrow();

		assertThat(found).isEqualTo(inserted);
		assertThat(found.role()).isEqualTo(UserRole.OPERATOR);
		assertThat(found.enabled()).isTrue();
		assertThat(found.failedLogins()).isZero();
		assertThat(found.lockedUntil()).isNull();
		assertThat(found.createdAt()).isEqualTo(AT);
	}

	@Test
	void storesChangesAndRemovesAnEmailAddress() {
		String username = unique();
		this.repository.insert(username, "$2a$10$hash", UserRole.ADMIN, "髙橋@example.jp", AT);
		assertThat(this.repository.findByUsername(username).orElseThrow().email()).isEqualTo("髙橋@example.jp");

		assertThat(this.repository.setEmail(username, "ops@example.com", AT.plusSeconds(1))).isTrue();
		assertThat(this.repository.findByUsername(username).orElseThrow().email()).isEqualTo("ops@example.com");
		assertThat(this.repository.setEmail(username, null, AT.plusSeconds(2))).isTrue();
		assertThat(this.repository.findByUsername(username).orElseThrow().email()).isNull();
		assertThat(this.repository.setEmail(unique(), "nobody@example.com", AT)).isFalse();
	}

	@Test
	void refusesATakenUsername() {
		String username = unique();
		this.repository.insert(username, "$2a$10$hash", UserRole.VIEWER, null, AT);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.repository.insert(username, "$2a$10$other", UserRole.ADMIN, null, AT));
	}

	@Test
	void countsFailedLoginsAndLocksFromTheFifth() {
		User user = this.repository.insert(unique(), "$2a$10$hash", UserRole.VIEWER, null, AT);

		for (int i = 1; i <= 4; i++) {
			User counted = this.repository.recordFailedLogin(user.id(), AT);
			assertThat(counted.failedLogins()).isEqualTo(i);
			assertThat(counted.lockedUntil()).isNull();
		}
		User locked = this.repository.recordFailedLogin(user.id(), AT);
		User longer = this.repository.recordFailedLogin(user.id(), AT.plusSeconds(30));

		assertThat(locked.failedLogins()).isEqualTo(5);
		assertThat(locked.lockedUntil()).isEqualTo(AT.plus(Duration.ofSeconds(30)));
		assertThat(longer.failedLogins()).isEqualTo(6);
		assertThat(longer.lockedUntil()).isEqualTo(AT.plusSeconds(30).plus(Duration.ofSeconds(60)));
	}

	@Test
	void forgetsFailuresAndTheLockAfterASuccess() {
		User user = this.repository.insert(unique(), "$2a$10$hash", UserRole.VIEWER, null, AT);
		for (int i = 1; i <= 5; i++) {
			this.repository.recordFailedLogin(user.id(), AT);
		}

		this.repository.resetFailedLogins(user.id(), AT.plusSeconds(31));

		User reset = this.repository.findByUsername(user.username()).orElseThrow();
		assertThat(reset.failedLogins()).isZero();
		assertThat(reset.lockedUntil()).isNull();
		assertThat(reset.updatedAt()).isEqualTo(AT.plusSeconds(31));
	}

	@Test
	void disablesAndEnablesByUsername() {
		User user = this.repository.insert(unique(), "$2a$10$hash", UserRole.ADMIN, null, AT);

		assertThat(this.repository.setEnabled(user.username(), false, AT)).isTrue();
		assertThat(this.repository.findByUsername(user.username()).orElseThrow().enabled()).isFalse();
		assertThat(this.repository.setEnabled(user.username(), true, AT)).isTrue();
		assertThat(this.repository.findByUsername(user.username()).orElseThrow().enabled()).isTrue();
		assertThat(this.repository.setEnabled("no-such-user", false, AT)).isFalse();
	}

	@Test
	void listsUsersByName() {
		String suffix = UUID.randomUUID().toString();
		this.repository.insert("zz-" + suffix, "$2a$10$hash", UserRole.VIEWER, null, AT);
		this.repository.insert("aa-" + suffix, "$2a$10$hash", UserRole.VIEWER, null, AT);

		assertThat(this.repository.findAll()).extracting(User::username)
			.isSorted()
			.contains("aa-" + suffix, "zz-" + suffix);
	}

	private static String unique() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

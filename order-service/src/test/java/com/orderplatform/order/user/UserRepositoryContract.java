package com.orderplatform.order.user;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * subclass per database): unique user names, and a token version raised by disabling a
 * user or changing the password.
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
		assertThat(found.tokenVersion()).isZero();
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
	void disablingRaisesTheTokenVersionEnablingDoesNot() {
		User user = this.repository.insert(unique(), "$2a$10$hash", UserRole.ADMIN, null, AT);

		assertThat(this.repository.disable(user.username(), AT.plusSeconds(1))).contains(1L);
		assertThat(this.repository.findByUsername(user.username()).orElseThrow().enabled()).isFalse();
		assertThat(this.repository.enable(user.username(), AT.plusSeconds(2))).isTrue();
		User enabled = this.repository.findByUsername(user.username()).orElseThrow();
		assertThat(enabled.enabled()).isTrue();
		assertThat(enabled.tokenVersion()).isEqualTo(1);
		assertThat(this.repository.disable("no-such-user", AT)).isEmpty();
		assertThat(this.repository.enable("no-such-user", AT)).isFalse();
	}

	@Test
	void changingThePasswordStoresTheHashAndRaisesTheTokenVersion() {
		User user = this.repository.insert(unique(), "$2a$10$old", UserRole.VIEWER, null, AT);

		assertThat(this.repository.changePassword(user.username(), "$2a$10$new", AT.plusSeconds(5))).contains(1L);
		assertThat(this.repository.changePassword(user.username(), "$2a$10$newer", AT.plusSeconds(6))).contains(2L);

		User changed = this.repository.findByUsername(user.username()).orElseThrow();
		assertThat(changed.passwordHash()).isEqualTo("$2a$10$newer");
		assertThat(changed.tokenVersion()).isEqualTo(2);
		assertThat(changed.updatedAt()).isEqualTo(AT.plusSeconds(6));
		assertThat(this.repository.changePassword("no-such-user", "$2a$10$x", AT)).isEmpty();
	}

	@Test
	void findsTheUsersRevokedSinceAGivenTime() {
		// Far later than the other tests' changes, so only this test's users qualify.
		Instant later = AT.plus(Duration.ofDays(400));
		User old = this.repository.insert(unique(), "$2a$10$hash", UserRole.VIEWER, null, AT);
		User recent = this.repository.insert(unique(), "$2a$10$hash", UserRole.VIEWER, null, AT);
		this.repository.insert(unique(), "$2a$10$hash", UserRole.VIEWER, null, AT);
		this.repository.disable(old.username(), later.minusSeconds(61));
		this.repository.changePassword(recent.username(), "$2a$10$new", later.minusSeconds(60));
		this.repository.disable(recent.username(), later);

		List<UserTokensRevoked> revoked = this.repository.findRevokedSince(later.minusSeconds(60));

		assertThat(revoked).containsExactly(new UserTokensRevoked(recent.username(), 2, later));
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

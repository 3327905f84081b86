package com.orderplatform.order.user;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.user.LoginThrottleRepository.ThrottleKey;
import com.orderplatform.order.user.errors.AccountLockedException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@link LoginThrottleRepository} guarantees on each database the service supports
 * (a subclass per database): attempts counted before they are checked, locks as
 * {@link LoginThrottle} says, all keys or none counted, and failures forgotten after a
 * quiet hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
abstract class LoginThrottleRepositoryContract {

	private static final Instant AT = Instant.parse("2026-02-01T08:00:00.123Z");

	@Autowired
	private LoginThrottleRepository repository;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-login-throttle-"));
	}

	@Test
	void countsEachReservationAndLocksFromTheFifthDoublingAfterTheLockEnds() {
		ThrottleKey key = account();

		for (int i = 1; i <= 4; i++) {
			this.repository.reserve(List.of(key), AT);
			assertThat(lockedUntil(key)).isNull();
		}
		this.repository.reserve(List.of(key), AT);
		assertThat(lockedUntil(key)).isEqualTo(AT.plusSeconds(30));
		this.repository.reserve(List.of(key), AT.plusSeconds(30));

		assertThat(this.repository.failures(key.value())).isEqualTo(6);
		assertThat(lockedUntil(key)).isEqualTo(AT.plusSeconds(30).plusSeconds(60));
	}

	@Test
	void refusesAReservationWhileLockedWithTheTimeLeftAndCountsNothing() {
		ThrottleKey key = account();
		for (int i = 1; i <= 5; i++) {
			this.repository.reserve(List.of(key), AT);
		}

		assertThatExceptionOfType(AccountLockedException.class)
			.isThrownBy(() -> this.repository.reserve(List.of(key), AT.plusSeconds(10)))
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(20));
		assertThat(this.repository.failures(key.value())).isEqualTo(5);
	}

	@Test
	void countsAnAttemptForNoKeyWhenOneOfThemIsLocked() {
		ThrottleKey client = new ThrottleKey("client:" + UUID.randomUUID(), LoginThrottle.CLIENT);
		ThrottleKey account = account();
		for (int i = 1; i <= 5; i++) {
			this.repository.reserve(List.of(client, account), AT);
		}

		assertThatExceptionOfType(AccountLockedException.class)
			.isThrownBy(() -> this.repository.reserve(List.of(client, account), AT));

		assertThat(this.repository.failures(client.value())).as("rolled back").isEqualTo(5);
		assertThat(this.repository.failures(account.value())).isEqualTo(5);
	}

	@Test
	void forgetsFailuresAfterAnHourWithoutAny() {
		ThrottleKey key = account();
		for (int i = 1; i <= 4; i++) {
			this.repository.reserve(List.of(key), AT);
		}

		this.repository.reserve(List.of(key), AT.plus(Duration.ofHours(1)).plusMillis(1));

		assertThat(this.repository.failures(key.value())).isEqualTo(1);
		assertThat(lockedUntil(key)).isNull();
	}

	@Test
	void resetForgetsAKeyAndRefundTakesOneAttemptBackAndUnlocks() {
		ThrottleKey account = account();
		ThrottleKey client = new ThrottleKey("client:" + UUID.randomUUID(), LoginThrottle.ACCOUNT);
		for (int i = 1; i <= 5; i++) {
			this.repository.reserve(List.of(client, account), AT);
		}

		this.repository.reset(account.value());
		this.repository.refund(client.value());

		assertThat(this.repository.failures(account.value())).isZero();
		assertThat(this.repository.failures(client.value())).isEqualTo(4);
		assertThat(lockedUntil(client)).isNull();
	}

	@Test
	void sweepsQuietUnlockedKeysOnly() {
		// Ten days before the other tests' times, so only this test's keys are old
		// enough.
		Instant earlier = AT.minus(Duration.ofDays(10));
		ThrottleKey quiet = account();
		ThrottleKey recent = account();
		ThrottleKey locked = account();
		this.repository.reserve(List.of(quiet), earlier);
		this.repository.reserve(List.of(recent), earlier.plus(Duration.ofMinutes(65)));
		for (int minute : new int[] { 0, 0, 0, 0, 0, 1, 2, 4, 8, 56 }) {
			this.repository.reserve(List.of(locked), earlier.plus(Duration.ofMinutes(minute)));
		}
		assertThat(lockedUntil(locked)).as("15 min after the tenth failure")
			.isEqualTo(earlier.plus(Duration.ofMinutes(71)));

		int swept = this.repository.sweep(earlier.plus(Duration.ofMinutes(60)), earlier.plus(Duration.ofMinutes(70)));

		assertThat(swept).isEqualTo(1);
		assertThat(this.repository.failures(quiet.value())).isZero();
		assertThat(this.repository.failures(recent.value())).isEqualTo(1);
		assertThat(this.repository.failures(locked.value())).as("quiet but still locked").isEqualTo(10);
	}

	private static ThrottleKey account() {
		return new ThrottleKey("account:user-" + UUID.randomUUID() + "|client:192.0.2.1", LoginThrottle.ACCOUNT);
	}

	private Instant lockedUntil(ThrottleKey key) {
		return this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = ?")
			.param(key.value())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
			.single()
			.orElse(null);
	}

}

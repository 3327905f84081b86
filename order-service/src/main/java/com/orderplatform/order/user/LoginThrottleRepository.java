package com.orderplatform.order.user;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.orderplatform.order.user.errors.AccountLockedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts login attempts per throttle key (table {@code login_throttle}) in the database,
 * so the limits hold across restarts and instances. A reservation counts an attempt as a
 * failure before its password is checked, with one conditional upsert per key that only
 * counts while the key is not locked: however many attempts arrive at once, no more pass
 * than the limit allows.
 */
@Repository
class LoginThrottleRepository {

	private final JdbcClient jdbc;

	LoginThrottleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts an attempt against every key, or against none: when one key is locked the
	 * transaction rolls back, so an attempt refused for its account does not count for
	 * its client.
	 * @param keys the keys and their limits, in a fixed order (client first) so that
	 * concurrent reservations never wait for each other in a cycle
	 * @param now the current time
	 * @throws AccountLockedException when a key is locked, with the time left
	 */
	@Transactional
	void reserve(List<ThrottleKey> keys, Instant now) {
		for (ThrottleKey key : keys) {
			Optional<Integer> failures = countFailure(key, now);
			if (failures.isEmpty()) {
				throw new AccountLockedException(lockLeft(key.value(), now));
			}
			key.limit()
				.lockAfter(failures.get())
				.ifPresent(lock -> this.jdbc
					.sql("UPDATE login_throttle SET locked_until = :until WHERE throttle_key = :key")
					.param("until", Timestamp.from(now.plus(lock)))
					.param("key", key.value())
					.update());
		}
	}

	/**
	 * Counts a failure against a key unless it is locked, forgetting failures older than
	 * {@link LoginThrottle#FORGET_AFTER}.
	 * @return the key's failures now; empty when it is locked
	 */
	private Optional<Integer> countFailure(ThrottleKey key, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO login_throttle (throttle_key, failures, locked_until, last_failure_at)
				VALUES (:key, 1, NULL, :now)
				ON CONFLICT (throttle_key) DO UPDATE SET
				    failures = CASE WHEN login_throttle.last_failure_at < :forgetBefore THEN 1
				                    ELSE login_throttle.failures + 1 END,
				    last_failure_at = :now
				WHERE login_throttle.locked_until IS NULL OR login_throttle.locked_until <= :now
				RETURNING failures""")
			.param("key", key.value())
			.param("now", Timestamp.from(now))
			.param("forgetBefore", Timestamp.from(now.minus(LoginThrottle.FORGET_AFTER)))
			.query(Integer.class)
			.optional();
	}

	/** Forgets a key's failures and lock (a successful login for the account). */
	void reset(String key) {
		this.jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = :key").param("key", key).update();
	}

	/**
	 * Takes back one reserved attempt that turned out to be a success. Its reservation
	 * passed only while the key was unlocked, and no other could pass while a lock it set
	 * was on, so the key is unlocked afterwards.
	 */
	void refund(String key) {
		this.jdbc.sql("""
				UPDATE login_throttle SET failures = failures - 1, locked_until = NULL
				WHERE throttle_key = :key AND failures > 0""").param("key", key).update();
	}

	/**
	 * Deletes keys without a failure since the given time and without a lock.
	 * @return how many were deleted
	 */
	int sweep(Instant quietSince, Instant now) {
		return this.jdbc.sql("""
				DELETE FROM login_throttle
				WHERE last_failure_at < :quietSince AND (locked_until IS NULL OR locked_until <= :now)""")
			.param("quietSince", Timestamp.from(quietSince))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A key's counted failures, 0 when it has none. */
	int failures(String key) {
		return this.jdbc.sql("SELECT failures FROM login_throttle WHERE throttle_key = :key")
			.param("key", key)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	private Duration lockLeft(String key, Instant now) {
		Instant until = this.jdbc.sql("SELECT locked_until FROM login_throttle WHERE throttle_key = :key")
			.param("key", key)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.single();
		Duration left = Duration.between(now, until);
		return left.isPositive() ? left : Duration.ofSeconds(1);
	}

	/**
	 * A key and the limit it is counted against.
	 *
	 * @param value the key, e.g. {@code client:192.0.2.1}
	 * @param limit its limit
	 */
	record ThrottleKey(String value, LoginThrottle limit) {
	}

}

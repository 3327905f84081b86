package com.orderplatform.order.user;

import java.time.Duration;
import java.util.Optional;

/**
 * How long an account is locked after consecutive failed logins: not at all for the first
 * four, 30 s after the fifth, doubling with each further failure up to 15 minutes. Slows
 * password guessing to a few dozen tries an hour per account while a user who mistypes
 * waits half a minute.
 */
final class LoginThrottle {

	/** Failures allowed before the first lock. */
	static final int FREE_FAILURES = 4;

	static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	private LoginThrottle() {
	}

	/**
	 * The lock after the given number of consecutive failures.
	 * @param consecutiveFailures failures since the last successful login, this one
	 * included
	 * @return how long to lock the account, or empty for no lock
	 */
	static Optional<Duration> lockAfter(int consecutiveFailures) {
		if (consecutiveFailures <= FREE_FAILURES) {
			return Optional.empty();
		}
		int doublings = Math.min(consecutiveFailures - FREE_FAILURES - 1, 10);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return Optional.of((lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock);
	}

}

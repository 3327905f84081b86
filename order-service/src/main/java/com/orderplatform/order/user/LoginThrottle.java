package com.orderplatform.order.user;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a throttle key is locked after failed logins: not at all while the failures
 * are within the free ones, 30 s after the next, doubling with each further failure up to
 * 15 minutes. Failures are forgotten after an hour without any. {@link #ACCOUNT} (a user
 * name from one client) allows 4 free failures: a user who mistypes waits half a minute,
 * a guesser gets a few dozen tries an hour. {@link #CLIENT} (one client across all user
 * names) allows 19, so one client cannot try many accounts at speed.
 *
 * @param freeFailures failures allowed before the first lock
 */
record LoginThrottle(int freeFailures) {

	/** One user name from one client address. */
	static final LoginThrottle ACCOUNT = new LoginThrottle(4);

	/** One client address, whatever the user name. */
	static final LoginThrottle CLIENT = new LoginThrottle(19);

	static final Duration FIRST_LOCK = Duration.ofSeconds(30);

	static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

	/** Failures older than this, with none since, no longer count. */
	static final Duration FORGET_AFTER = Duration.ofHours(1);

	/**
	 * The lock after the given number of failures.
	 * @param failures failures counted for the key, this one included
	 * @return how long to lock the key, or empty for no lock
	 */
	Optional<Duration> lockAfter(int failures) {
		if (failures <= this.freeFailures) {
			return Optional.empty();
		}
		int doublings = Math.min(failures - this.freeFailures - 1, 10);
		Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
		return Optional.of((lock.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : lock);
	}

}

package com.orderplatform.order.user;

import java.time.Duration;

/**
 * A login to an account locked after too many failed logins, refused whatever the
 * password.
 */
public class AccountLockedException extends RuntimeException {

	private final Duration retryAfter;

	AccountLockedException(Duration retryAfter) {
		super("Too many failed logins for this account; try again in " + seconds(retryAfter) + " s");
		this.retryAfter = retryAfter;
	}

	/**
	 * How long until the lock ends, in whole seconds rounded up.
	 * @return the seconds to wait
	 */
	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	private static long seconds(Duration duration) {
		return duration.plusNanos(999_999_999).toSeconds();
	}

}

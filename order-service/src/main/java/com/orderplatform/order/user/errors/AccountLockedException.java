package com.orderplatform.order.user.errors;

import java.time.Duration;

/**
 * A login refused whatever the password, because its user name (from this client) or its
 * client is locked after too many failed logins. An unknown user name is locked alike, so
 * the answer does not tell whether an account exists.
 */
public class AccountLockedException extends RuntimeException {

	private final Duration retryAfter;

	/**
	 * Creates the exception for a locked login.
	 * @param retryAfter how long until the lock ends
	 */
	public AccountLockedException(Duration retryAfter) {
		super("Too many failed logins; try again in " + seconds(retryAfter) + " s");
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

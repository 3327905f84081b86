package com.orderplatform.notification.ratelimit;

import java.time.Duration;

/** The notification rate limit is used up for now; the caller may retry after a while. */
public class RateLimitExceededException extends RuntimeException {

	private final long retryAfterSeconds;

	RateLimitExceededException(int limitPerSecond, Duration wait) {
		this(limitPerSecond, wholeSecondsAtLeastOne(wait));
	}

	private RateLimitExceededException(int limitPerSecond, long retryAfterSeconds) {
		super("At most %d notifications per second can be sent; retry in %d s".formatted(limitPerSecond,
				retryAfterSeconds));
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/**
	 * How long to wait, for the {@code Retry-After} header.
	 * @return whole seconds, at least 1
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	private static long wholeSecondsAtLeastOne(Duration wait) {
		long seconds = wait.getSeconds() + ((wait.getNano() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}

package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery attempt is tried again: a transient failure up to
 * {@code maxRetries} times, after {@code backoff}, then twice that, four times that …; a
 * permanent failure never.
 *
 * @param maxRetries retries after the first attempt
 * @param backoff the wait before the first retry
 */
record RetryPolicy(int maxRetries, Duration backoff) {

	static RetryPolicy of(DispatchProperties properties) {
		return new RetryPolicy(properties.maxRetries(), properties.retryBackoff());
	}

	/**
	 * When to try again after an attempt failed.
	 * @param attempt the number of the attempt that failed, 1 for the first
	 * @param permanent whether the transport said retrying cannot help
	 * @param now when it failed
	 * @return when the next attempt is due, or empty to give up
	 */
	Optional<Instant> nextAttempt(int attempt, boolean permanent, Instant now) {
		if (permanent || attempt > this.maxRetries) {
			return Optional.empty();
		}
		return Optional.of(now.plus(this.backoff.multipliedBy(1L << (attempt - 1))));
	}

}

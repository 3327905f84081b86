package com.orderplatform.order.bulkimport.job.run;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How long an import waits out an outage of the payment or notification service
 * ({@code oms.import.outage.*}), and how often it tries again meanwhile. Invalid values
 * stop the service at start-up with a message naming the setting.
 *
 * @param patience {@code OMS_IMPORT_OUTAGE_PATIENCE} (30m): how long after a service
 * first stays unreachable (past the in-request retries) a job keeps waiting for it; then
 * it ends {@code PAYMENTS_INCOMPLETE} or {@code CONFIRMATIONS_INCOMPLETE} as before.
 * {@code 0s} never waits; at most 7 days
 * @param backoff {@code OMS_IMPORT_OUTAGE_BACKOFF} (5s): the wait before the first new
 * attempt, doubling after each failed one; 100ms to 1h
 * @param maxBackoff {@code OMS_IMPORT_OUTAGE_MAX_BACKOFF} (2m): the longest wait between
 * two attempts; at least {@code backoff}, at most 1h
 */
@ConfigurationProperties("oms.import.outage")
public record ImportOutageProperties(@DefaultValue("30m") Duration patience, @DefaultValue("5s") Duration backoff,
		@DefaultValue("2m") Duration maxBackoff) {

	/** The share a delay varies by, either way, so jobs waiting together spread out. */
	static final double JITTER = 0.2;

	public ImportOutageProperties {
		Assert.isTrue(patience != null && !patience.isNegative() && patience.compareTo(Duration.ofDays(7)) <= 0,
				() -> "oms.import.outage.patience (OMS_IMPORT_OUTAGE_PATIENCE) must be between 0s and 7d but was "
						+ patience);
		Assert.isTrue(
				backoff != null && backoff.compareTo(Duration.ofMillis(100)) >= 0
						&& backoff.compareTo(Duration.ofHours(1)) <= 0,
				() -> "oms.import.outage.backoff (OMS_IMPORT_OUTAGE_BACKOFF) must be between 100ms and 1h but was "
						+ backoff);
		Assert.isTrue(
				maxBackoff != null && maxBackoff.compareTo(backoff) >= 0
						&& maxBackoff.compareTo(Duration.ofHours(1)) <= 0,
				() -> "oms.import.outage.max-backoff (OMS_IMPORT_OUTAGE_MAX_BACKOFF) must be between "
						+ "oms.import.outage.backoff (" + backoff + ") and 1h but was " + maxBackoff);
	}

	/**
	 * The wait before the next attempt: {@code backoff} after the first failed attempt,
	 * doubling after each further one up to {@code maxBackoff}, varied by up to
	 * {@value #JITTER} either way.
	 * @param attempts failed attempts so far (1 or more)
	 * @param random a number in [0, 1) picking the jitter
	 * @return the delay
	 */
	Duration delayAfter(int attempts, double random) {
		long base = this.backoff.toMillis();
		long max = this.maxBackoff.toMillis();
		long delay = base;
		for (int i = 1; i < attempts && delay < max; i++) {
			delay *= 2;
		}
		double factor = 1 - JITTER + 2 * JITTER * random;
		return Duration.ofMillis(Math.round(Math.min(delay, max) * factor));
	}

}

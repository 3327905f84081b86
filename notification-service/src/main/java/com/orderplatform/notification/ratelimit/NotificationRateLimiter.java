package com.orderplatform.notification.ratelimit;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

/**
 * One token bucket for every notification this instance sends, email and SMS alike. The
 * bucket holds one second's worth of permits and is refilled in full at the start of each
 * second of its own clock, so each of those seconds sends at most the limit. (A burst at
 * the end of one second and the start of the next can still come close together; the send
 * queue of a later issue paces deliveries evenly.) Time comes from an injected
 * {@link TimeMeter}, so tests move it by hand instead of sleeping.
 */
@Component
public class NotificationRateLimiter {

	private static final Duration WINDOW = Duration.ofSeconds(1);

	private final int limitPerSecond;

	private final Bucket bucket;

	NotificationRateLimiter(RateLimitProperties properties, TimeMeter timeMeter) {
		this.limitPerSecond = properties.rateLimitPerSecond();
		this.bucket = Bucket.builder()
			.addLimit(limit -> limit.capacity(this.limitPerSecond).refillIntervally(this.limitPerSecond, WINDOW))
			.withCustomTimePrecision(timeMeter)
			.build();
	}

	/**
	 * Takes a permit for one notification.
	 * @throws RateLimitExceededException if none is left in this second, with the wait
	 */
	public void acquire() {
		ConsumptionProbe probe = this.bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimitExceededException(this.limitPerSecond,
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

}

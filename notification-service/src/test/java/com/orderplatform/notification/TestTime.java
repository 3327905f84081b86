package com.orderplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.github.bucket4j.TimeMeter;

/**
 * Time that moves only when a test says so: the clock that stamps notifications and the
 * rate limiter's time meter in one, so rate-limit tests never sleep.
 */
public final class TestTime extends Clock implements TimeMeter {

	/** Where test time starts. */
	public static final Instant START = Instant.parse("2025-12-01T10:00:00Z");

	private volatile Instant now = START;

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Test time is UTC only");
	}

	@Override
	public long currentTimeNanos() {
		Instant instant = this.now;
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
	}

	@Override
	public boolean isWallClockBased() {
		return false;
	}

}

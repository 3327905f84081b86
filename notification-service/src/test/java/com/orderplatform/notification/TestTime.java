package com.orderplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time that moves only when told: by a test, or by the dispatcher's {@link TestSleeper}
 * when it would wait. Safe to move from both threads at once.
 */
public final class TestTime extends Clock {

	/** Where test time starts. */
	public static final Instant START = Instant.parse("2025-12-01T10:00:00Z");

	private final AtomicReference<Instant> now = new AtomicReference<>(START);

	/**
	 * Moves time forward.
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	/**
	 * Moves time forward to a moment, unless it is already there or later.
	 * @param instant the moment
	 */
	public void advanceTo(Instant instant) {
		this.now.updateAndGet((current) -> current.isBefore(instant) ? instant : current);
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Test time is UTC only");
	}

}

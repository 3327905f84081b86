package com.orderplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.notification.dispatch.ClockSleeper;
import com.orderplatform.notification.dispatch.Sleeper;

/**
 * The dispatcher's way of waiting in tests: a wait for a moment on the clock (a send
 * slot, a retry) moves {@link TestTime} there at once, so pacing and back-off run at full
 * speed and leave exact, checkable timestamps. Waiting for work stays real (with
 * wake-up), so an idle dispatcher does not move time.
 */
public final class TestSleeper implements Sleeper {

	private final TestTime time;

	private final ClockSleeper idle = new ClockSleeper(Clock.systemUTC());

	/**
	 * Creates the sleeper.
	 * @param time the time it moves
	 */
	public TestSleeper(TestTime time) {
		this.time = time;
	}

	@Override
	public void sleepUntil(Instant deadline) {
		this.time.advanceTo(deadline);
	}

	@Override
	public void awaitWork(Duration timeout) throws InterruptedException {
		this.idle.awaitWork(timeout);
	}

	@Override
	public void wakeUp() {
		this.idle.wakeUp();
	}

}

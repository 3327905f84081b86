package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.Instant;

/**
 * How the dispatcher waits: for a moment on the service's clock (its next send slot, a
 * retry that falls due), or for news of work. {@link ClockSleeper} waits for real; tests
 * supply one that moves a fake clock forward instead, so pacing and back-off run without
 * real waiting and can be checked to the millisecond.
 */
public interface Sleeper {

	/**
	 * Waits until the clock reaches the deadline, or less if {@link #wakeUp()} is called.
	 * @param deadline the moment to wait for
	 * @throws InterruptedException if the thread is interrupted
	 */
	void sleepUntil(Instant deadline) throws InterruptedException;

	/**
	 * Waits, in real time, for at most the timeout or until {@link #wakeUp()} is called:
	 * the wait of a dispatcher with nothing to do.
	 * @param timeout the longest wait
	 * @throws InterruptedException if the thread is interrupted
	 */
	void awaitWork(Duration timeout) throws InterruptedException;

	/**
	 * Ends the current wait early, or the next one if none is in progress, so that no
	 * wake-up is lost.
	 */
	void wakeUp();

}

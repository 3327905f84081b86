package com.orderplatform.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.notification.dispatch.ClockSleeper;
import com.orderplatform.notification.dispatch.Sleeper;

import static org.awaitility.Awaitility.await;

/**
 * The dispatcher's way of waiting in tests: a wait for a moment on the clock (a send
 * slot, a retry) moves {@link TestTime} there at once, so pacing and back-off run at full
 * speed and leave exact, checkable timestamps. Waiting for work stays real (with
 * wake-up), so an idle dispatcher does not move time.
 * <p>
 * A test can also hold the dispatcher still at a known point: {@link #holdAfter(int)}
 * lets a number of waits for a send slot go by and parks the dispatcher in the next one
 * (between two sends, holding no claim) until {@link #release()}, so what the test does
 * meanwhile does not race the dispatcher.
 */
public final class TestSleeper implements Sleeper {

	private final TestTime time;

	private final ClockSleeper idle = new ClockSleeper(Clock.systemUTC());

	private final Object gate = new Object();

	/** Waits still let through before the gate closes; negative while it is open. */
	private int passes = -1;

	private boolean parked;

	/**
	 * Creates the sleeper.
	 * @param time the time it moves
	 */
	public TestSleeper(TestTime time) {
		this.time = time;
	}

	@Override
	public void sleepUntil(Instant deadline) throws InterruptedException {
		synchronized (this.gate) {
			while (this.passes == 0) {
				this.parked = true;
				this.gate.wait();
			}
			this.parked = false;
			if (this.passes > 0) {
				this.passes--;
			}
		}
		this.time.advanceTo(deadline);
	}

	/**
	 * Lets the given number of waits for a slot through, then parks the dispatcher in the
	 * next one.
	 * @param waits how many to let through
	 */
	public void holdAfter(int waits) {
		synchronized (this.gate) {
			this.passes = waits;
		}
	}

	/** Waits until the dispatcher is parked by {@link #holdAfter(int)}. */
	public void awaitParked() {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			synchronized (this.gate) {
				return this.parked;
			}
		});
	}

	/** Opens the gate: the dispatcher goes on, and is not held again. */
	public void release() {
		synchronized (this.gate) {
			this.passes = -1;
			this.gate.notifyAll();
		}
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

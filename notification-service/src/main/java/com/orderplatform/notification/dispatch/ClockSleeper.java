package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Waits in real time, measured on a clock, and wakes up early when asked. */
public class ClockSleeper implements Sleeper {

	/** Waits are cut into pieces of at most this, so a changed clock is noticed. */
	private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final Clock clock;

	private final Lock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private boolean wokenUp;

	/**
	 * Creates a sleeper.
	 * @param clock the clock that deadlines refer to
	 */
	public ClockSleeper(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void sleepUntil(Instant deadline) throws InterruptedException {
		this.lock.lock();
		try {
			while (!this.wokenUp) {
				long nanos = nanosUntil(deadline);
				if (nanos <= 0) {
					return;
				}
				this.changed.awaitNanos(Math.min(nanos, MAX_WAIT_NANOS));
			}
			this.wokenUp = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void awaitWork(Duration timeout) throws InterruptedException {
		this.lock.lock();
		try {
			long nanos = timeout.toNanos();
			while (!this.wokenUp && nanos > 0) {
				nanos = this.changed.awaitNanos(nanos);
			}
			this.wokenUp = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void wakeUp() {
		this.lock.lock();
		try {
			this.wokenUp = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	private long nanosUntil(Instant deadline) {
		Duration wait = Duration.between(this.clock.instant(), deadline);
		return (wait.compareTo(Duration.ofDays(1)) > 0) ? Long.MAX_VALUE : wait.toNanos();
	}

}

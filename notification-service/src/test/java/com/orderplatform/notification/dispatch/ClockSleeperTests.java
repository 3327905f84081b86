package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ClockSleeperTests {

	private final Clock clock = Clock.systemUTC();

	private final ClockSleeper sleeper = new ClockSleeper(this.clock);

	@Test
	void returnsAtOnceForADeadlineThatHasPassed() throws InterruptedException {
		long start = System.nanoTime();

		this.sleeper.sleepUntil(this.clock.instant().minusSeconds(1));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
	}

	@Test
	void sleepsUntilTheDeadline() throws InterruptedException {
		Instant deadline = this.clock.instant().plusMillis(150);

		this.sleeper.sleepUntil(deadline);

		assertThat(this.clock.instant()).isAfterOrEqualTo(deadline);
	}

	@Test
	void keepsAWakeUpThatCameBeforeTheWait() throws InterruptedException {
		this.sleeper.wakeUp();
		long start = System.nanoTime();

		this.sleeper.awaitWork(Duration.ofMinutes(1));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void endsAWaitForWorkWhenWokenUp() {
		CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
			try {
				this.sleeper.awaitWork(Duration.ofMinutes(1));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		this.sleeper.wakeUp();

		assertThatCode(() -> waiting.get(10, TimeUnit.SECONDS)).doesNotThrowAnyException();
	}

	@Test
	void endsAWaitForWorkAfterTheTimeout() throws InterruptedException {
		long start = System.nanoTime();

		this.sleeper.awaitWork(Duration.ofMillis(100));

		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
	}

}

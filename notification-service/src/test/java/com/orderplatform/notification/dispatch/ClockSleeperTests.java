package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ClockSleeperTests {

	private final Clock clock = Clock.systemUTC();

	private final ClockSleeper sleeper = new ClockSleeper(this.clock);

	@Test
	void returnsAtOnceForADeadlineThatHasPassed() {
		// On a clock that never moves, a sleeper that waited for a passed deadline would
		// never return.
		Clock stopped = Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC);
		ClockSleeper sleeper = new ClockSleeper(stopped);

		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> sleeper.sleepUntil(stopped.instant().minusSeconds(1)));
	}

	@Test
	void sleepsUntilTheDeadline() throws InterruptedException {
		Instant deadline = this.clock.instant().plusMillis(150);

		this.sleeper.sleepUntil(deadline);

		assertThat(this.clock.instant()).isAfterOrEqualTo(deadline);
	}

	@Test
	void keepsAWakeUpThatCameBeforeTheWait() {
		this.sleeper.wakeUp();

		// Waiting the full hour would end the test with a timeout.
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> this.sleeper.awaitWork(Duration.ofHours(1)));
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

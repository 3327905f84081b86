package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Paces sends evenly: one permit every {@code 1 / rate} seconds, across every instance of
 * the service. A token bucket would let a burst through at the edge of a second; here two
 * sends simply never start closer together than the interval.
 * <p>
 * The moment the next send may start lives in the database
 * ({@code notification_send_pace}). A dispatcher takes the permit with one conditional
 * UPDATE that succeeds only once that moment has come, and moves it on to now plus the
 * interval; otherwise it sleeps until then and tries again. So the permits are granted at
 * real moments at least one interval apart, whichever instance takes them, and the moment
 * a permit was granted is the send's {@code sent_at}. The interval is {@code 1 / rate}
 * plus one millisecond: send times are stored to the millisecond, and the margin keeps at
 * most {@code rate} of them within any one-second window even when both of its ends are
 * counted (a stored time loses less than 1 ms).
 */
@Component
class SendPacer {

	private static final long MARGIN_MICROS = 1_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Sleeper sleeper;

	private final long intervalMicros;

	SendPacer(JdbcClient jdbc, Clock clock, Sleeper sleeper, DispatchProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sleeper = sleeper;
		this.intervalMicros = Math.ceilDiv(1_000_000L, properties.rateLimitPerSecond()) + MARGIN_MICROS;
	}

	/**
	 * The time between two sends.
	 * @return {@code 1 / rate} seconds plus one millisecond
	 */
	Duration interval() {
		return Duration.of(this.intervalMicros, ChronoUnit.MICROS);
	}

	/**
	 * Waits for the send permit and takes it.
	 * @param stopping says whether the dispatcher is stopping, which ends the wait
	 * @return the moment the permit was granted, or empty if the dispatcher is stopping
	 * @throws InterruptedException if the thread is interrupted
	 */
	Optional<Instant> awaitTurn(BooleanSupplier stopping) throws InterruptedException {
		while (true) {
			Instant now = this.clock.instant();
			if (tryAcquire(now)) {
				return Optional.of(now);
			}
			if (stopping.getAsBoolean()) {
				return Optional.empty();
			}
			this.sleeper.sleepUntil(nextPermitAt());
		}
	}

	/**
	 * Takes the send permit if its moment has come.
	 * @param now the time
	 * @return whether the permit was taken; the next one then comes one interval later
	 */
	boolean tryAcquire(Instant now) {
		long nowMicros = micros(now);
		return this.jdbc.sql("""
				UPDATE notification_send_pace SET next_send_micros = :next
				WHERE id = 1 AND next_send_micros <= :now
				""").param("next", nowMicros + this.intervalMicros).param("now", nowMicros).update() == 1;
	}

	/**
	 * When the next send may start.
	 * @return the moment, possibly past
	 */
	Instant nextPermitAt() {
		long next = this.jdbc.sql("SELECT next_send_micros FROM notification_send_pace WHERE id = 1")
			.query(Long.class)
			.single();
		return Instant.EPOCH.plus(next, ChronoUnit.MICROS);
	}

	private static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

}

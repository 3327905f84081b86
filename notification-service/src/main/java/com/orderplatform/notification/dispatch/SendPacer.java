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
 * <p>
 * Permits are numbered across all instances ({@code permits}), so that every Nth can be
 * offered to the bulk lane first. A dispatcher takes its permit before it claims a
 * notification: no instance holds a claimed row while it waits, which would put the
 * waiting rows of every instance ahead of a transactional message queued meanwhile.
 */
@Component
class SendPacer {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Sleeper sleeper;

	private final long intervalMicros;

	SendPacer(JdbcClient jdbc, Clock clock, Sleeper sleeper, DispatchProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.sleeper = sleeper;
		this.intervalMicros = properties.sendInterval().toNanos() / 1_000;
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
	 * @return the permit, or empty if the dispatcher is stopping
	 * @throws InterruptedException if the thread is interrupted
	 */
	Optional<Permit> awaitTurn(BooleanSupplier stopping) throws InterruptedException {
		while (true) {
			Optional<Permit> permit = tryAcquire(this.clock.instant());
			if (permit.isPresent()) {
				return permit;
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
	 * @return the permit, if taken; the next one then comes one interval later
	 */
	Optional<Permit> tryAcquire(Instant now) {
		long nowMicros = micros(now);
		return this.jdbc.sql("""
				UPDATE notification_send_pace SET next_send_micros = :next, permits = permits + 1
				WHERE id = 1 AND next_send_micros <= :now
				RETURNING permits
				""")
			.param("next", nowMicros + this.intervalMicros)
			.param("now", nowMicros)
			.query(Long.class)
			.optional()
			.map((number) -> new Permit(number, now.truncatedTo(ChronoUnit.MILLIS)));
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

	/**
	 * The right to start one send.
	 *
	 * @param number its number, counted across all instances from 1
	 * @param grantedAt when it was granted, to the millisecond: the send's
	 * {@code sent_at}
	 */
	record Permit(long number, Instant grantedAt) {
	}

	private static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
	}

}

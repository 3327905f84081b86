package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
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
 * ({@code notification_send_pace}), in the database's own time ({@link PaceTime}): the
 * instances share that clock, whatever their own clocks say. A dispatcher takes the
 * permit with one conditional UPDATE that reads the database's clock once, succeeds only
 * once that moment has come, and moves it on to that now plus the interval; otherwise it
 * asks the database how long until then, sleeps that long on its own clock, and tries
 * again. So the permits are granted at moments of one clock at least one interval apart,
 * whichever instance takes them, and the moment a permit was granted (the database's
 * time) is the send's {@code sent_at}. The interval is {@code 1 / rate} plus one
 * millisecond: send times are stored to the millisecond, and the margin keeps at most
 * {@code rate} of them within any one-second window even when both of its ends are
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

	private final PaceTime time;

	private final Clock clock;

	private final Sleeper sleeper;

	private final long intervalMicros;

	SendPacer(JdbcClient jdbc, PaceTime time, Clock clock, Sleeper sleeper, DispatchProperties properties) {
		this.jdbc = jdbc;
		this.time = time;
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
			Optional<Permit> permit = tryAcquire();
			if (permit.isPresent()) {
				return permit;
			}
			if (stopping.getAsBoolean()) {
				return Optional.empty();
			}
			// The wait is measured on the database's clock and slept on this one: a
			// difference between the two clocks does not change it.
			this.sleeper.sleepUntil(this.clock.instant().plus(untilNextPermit()));
		}
	}

	/**
	 * Takes the send permit if its moment has come on the pace's clock.
	 * @return the permit, if taken; the next one then comes one interval later
	 */
	Optional<Permit> tryAcquire() {
		// SQLite's RETURNING cannot name the FROM clause's pace_now: the moment is given
		// back as the new next moment less the interval.
		return this.jdbc.sql("""
				UPDATE notification_send_pace SET next_send_micros = pace_now.micros + :interval,
				    permits = permits + 1
				FROM (SELECT %s AS micros) pace_now
				WHERE notification_send_pace.id = 1 AND notification_send_pace.next_send_micros <= pace_now.micros
				RETURNING permits, next_send_micros - :interval
				""".formatted(this.time.nowMicrosSql()))
			.params(parameters())
			.query((rs, row) -> new Permit(rs.getLong(1),
					Instant.EPOCH.plus(rs.getLong(2), ChronoUnit.MICROS).truncatedTo(ChronoUnit.MILLIS)))
			.optional();
	}

	/**
	 * How long until the next send may start, on the pace's clock.
	 * @return the wait, zero if the moment has come
	 */
	Duration untilNextPermit() {
		long micros = this.jdbc
			.sql("SELECT next_send_micros - %s FROM notification_send_pace WHERE id = 1"
				.formatted(this.time.nowMicrosSql()))
			.params(this.time.parameters())
			.query(Long.class)
			.single();
		return Duration.of(Math.max(0, micros), ChronoUnit.MICROS);
	}

	/**
	 * When the next send may start, on the pace's clock.
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
	 * @param grantedAt when it was granted on the pace's clock, to the millisecond: the
	 * send's {@code sent_at}
	 */
	record Permit(long number, Instant grantedAt) {
	}

	private Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>(this.time.parameters());
		parameters.put("interval", this.intervalMicros);
		return parameters;
	}

}

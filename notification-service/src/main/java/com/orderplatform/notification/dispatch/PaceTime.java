package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.orderplatform.common.storage.SqlDialect;

/**
 * The time the send pace is kept in, as a SQL expression of "now" in microseconds since
 * 1970 that {@link SendPacer}'s statements evaluate once each.
 * <p>
 * In the service it is the database's clock ({@link #database(SqlDialect)}): every
 * instance takes its permits on the one clock they share, so instances whose own clocks
 * disagree by seconds still keep the interval between their sends, and none of them
 * starves the others. Tests of the dispatcher's order and retries give it a test clock
 * instead ({@link #of(Clock)}), so pacing runs without real waiting and leaves exact
 * times; the database clock itself is tested on both databases without it.
 */
public interface PaceTime {

	/**
	 * PostgreSQL's real current time ({@code clock_timestamp()}, not the transaction's
	 * start), to the microsecond.
	 */
	String POSTGRESQL_NOW = "CAST(FLOOR(EXTRACT(EPOCH FROM clock_timestamp()) * 1000000) AS BIGINT)";

	/**
	 * SQLite's current time ({@code 'now'}, the same for a whole statement), to the
	 * millisecond: whole seconds and the milliseconds of {@code %f} ({@code SS.SSS}).
	 */
	String SQLITE_NOW = "(CAST(strftime('%s', 'now') AS INTEGER) * 1000000"
			+ " + CAST(substr(strftime('%f', 'now'), 4) AS INTEGER) * 1000)";

	/**
	 * The SQL expression of now, in microseconds since 1970.
	 * @return the expression; it may use the parameters of {@link #parameters()}
	 */
	String nowMicrosSql();

	/**
	 * The values of the parameters the expression uses.
	 * @return the parameters, empty for the database's clock
	 */
	Map<String, Object> parameters();

	/**
	 * The database's clock.
	 * @param dialect the database
	 * @return its time
	 */
	static PaceTime database(SqlDialect dialect) {
		String now = switch (dialect) {
			case POSTGRESQL -> POSTGRESQL_NOW;
			case SQLITE -> SQLITE_NOW;
		};
		return new PaceTime() {

			@Override
			public String nowMicrosSql() {
				return now;
			}

			@Override
			public Map<String, Object> parameters() {
				return Map.of();
			}

		};
	}

	/**
	 * A clock of this JVM, passed to the statements as a parameter: for tests that move
	 * time themselves.
	 * @param clock the clock
	 * @return its time
	 */
	static PaceTime of(Clock clock) {
		return new PaceTime() {

			@Override
			public String nowMicrosSql() {
				return ":paceNowMicros";
			}

			@Override
			public Map<String, Object> parameters() {
				Instant now = clock.instant();
				return Map.of("paceNowMicros",
						Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000L), now.getNano() / 1_000));
			}

		};
	}

}

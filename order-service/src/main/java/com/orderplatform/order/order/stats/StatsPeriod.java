package com.orderplatform.order.order.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.order.InvalidOrderException;
import com.orderplatform.order.order.OrderStatsRollup;

/**
 * The days a request for figures covers, counted in a time zone: from the first day's
 * midnight to the midnight after the last. Cut where the zone's offset changes (summer
 * time), each piece has one offset, so a quarter hour's day is plain arithmetic.
 *
 * @param from the first day
 * @param to the last day (inclusive)
 * @param zone the time zone
 */
record StatsPeriod(LocalDate from, LocalDate to, ZoneId zone) {

	/** The first day figures may be asked for. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** The most days one request may cover: a year, leap day included. */
	static final int MAX_DAYS = 366;

	/** Without {@code from}, a week: the last day and the six before it. */
	private static final int DEFAULT_DAYS_BEFORE = 6;

	/**
	 * A piece of the period with one offset from UTC.
	 *
	 * @param fromQuarter its first quarter hour since 1970 (inclusive)
	 * @param toQuarter its end (exclusive)
	 * @param offsetQuarters the zone's offset from UTC in quarter hours
	 */
	record Segment(long fromQuarter, long toQuarter, int offsetQuarters) {
	}

	/**
	 * Reads a period as a client writes it; all three are optional.
	 * @param from the first day ({@code 2026-03-01}); six days before {@code to} when
	 * missing, so the default is a week
	 * @param to the last day, inclusive; today in the zone when missing
	 * @param zone the time zone the days are counted in
	 * @param clock what today is
	 * @return the period
	 * @throws InvalidOrderException naming {@code from} or {@code to}
	 */
	static StatsPeriod parse(String from, String to, ZoneId zone, Clock clock) {
		LocalDate last = isBlank(to) ? LocalDate.ofInstant(clock.instant(), zone) : date("to", to);
		LocalDate first = isBlank(from) ? last.minusDays(DEFAULT_DAYS_BEFORE) : date("from", from);
		if (first.isAfter(last)) {
			throw new InvalidOrderException("from", "must not be after to (" + last + ") but was " + first);
		}
		if (first.isBefore(EARLIEST)) {
			throw new InvalidOrderException("from", "must be " + EARLIEST + " or later but was " + first);
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidOrderException("to", "may be at most " + MAX_DAYS + " days after from (" + first
					+ ") counting both; ask for longer periods in pieces");
		}
		return new StatsPeriod(first, last, zone);
	}

	/**
	 * The period's pieces of one offset each, in order.
	 * @return the segments
	 * @throws InvalidOrderException naming {@code tz} for a zone whose offset or change
	 * of offset is not a whole quarter hour in the period
	 */
	List<Segment> segments() {
		ZoneRules rules = this.zone.getRules();
		Instant end = this.to.plusDays(1).atStartOfDay(this.zone).toInstant();
		List<Segment> segments = new ArrayList<>();
		Instant start = this.from.atStartOfDay(this.zone).toInstant();
		while (start.isBefore(end)) {
			ZoneOffsetTransition next = rules.nextTransition(start);
			Instant stop = (next == null || !next.getInstant().isBefore(end)) ? end : next.getInstant();
			segments.add(new Segment(quarter(start), quarter(stop), offsetQuarters(rules, start)));
			start = stop;
		}
		return segments;
	}

	private long quarter(Instant at) {
		if (at.toEpochMilli() % OrderStatsRollup.QUARTER_HOUR_MILLIS != 0) {
			throw unsupportedZone();
		}
		return OrderStatsRollup.quarterHour(at);
	}

	private int offsetQuarters(ZoneRules rules, Instant at) {
		int seconds = rules.getOffset(at).getTotalSeconds();
		if (seconds % (OrderStatsRollup.QUARTER_HOUR_MILLIS / 1000) != 0) {
			throw unsupportedZone();
		}
		return (int) (seconds / (OrderStatsRollup.QUARTER_HOUR_MILLIS / 1000));
	}

	private InvalidOrderException unsupportedZone() {
		return new InvalidOrderException("tz", this.zone + " is not a whole number of quarter hours from UTC between "
				+ this.from + " and " + this.to + ", so its days cannot be counted");
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidOrderException(field, "must be a date written as 2026-03-01 but was '" + value + "'");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}

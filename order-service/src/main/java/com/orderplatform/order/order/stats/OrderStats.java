package com.orderplatform.order.order.stats;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.orderplatform.order.api.DayStatsView;
import com.orderplatform.order.api.OrderStatsView;
import com.orderplatform.order.api.StatusCounts;
import com.orderplatform.order.order.InvalidOrderException;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.OrderReportProperties;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.OrderStatsRollup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of the orders placed in a period of days: counts by current status, totals
 * and revenue, overall and per day. Summed in SQL from {@code order_stats} (see
 * {@link OrderStatsRollup}): one query per piece of the period with one UTC offset, each
 * reading at most 96 rows per day and status.
 */
@Service
public class OrderStats {

	/**
	 * Charged and not refunded: a cancelled order was refunded before it was cancelled.
	 */
	static final Set<OrderState> REVENUE = EnumSet.of(OrderState.PAID, OrderState.SHIPPED, OrderState.DELIVERED);

	private final JdbcClient jdbc;

	private final OrderReportProperties properties;

	private final Clock clock;

	OrderStats(JdbcClient jdbc, OrderReportProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The figures of a period, as a client asks for them.
	 * @param from the first day ({@code 2026-03-01}), optional
	 * @param to the last day, inclusive, optional
	 * @param tz the time zone, optional
	 * @return the figures, every day of the period included
	 * @throws InvalidOrderException naming the parameter that is not valid
	 */
	public OrderStatsView between(String from, String to, String tz) {
		StatsPeriod period = StatsPeriod.parse(from, to, this.properties.zone(tz), this.clock);
		Map<LocalDate, Map<OrderState, long[]>> days = new TreeMap<>();
		for (StatsPeriod.Segment segment : period.segments()) {
			sum(segment, days);
		}
		Map<OrderState, long[]> all = new EnumMap<>(OrderState.class);
		List<DayStatsView> views = period.from()
			.datesUntil(period.to().plusDays(1))
			.map(date -> day(date, days.getOrDefault(date, Map.of()), all))
			.toList();
		return new OrderStatsView(period.from(), period.to(), period.zone().getId(), NewOrder.JPY, count(all),
				amount(all, EnumSet.allOf(OrderState.class)), amount(all, REVENUE), counts(all), views);
	}

	/** Adds a segment's sums per local day and status to the days'. */
	private void sum(StatsPeriod.Segment segment, Map<LocalDate, Map<OrderState, long[]>> days) {
		this.jdbc.sql("""
				SELECT day, status, SUM(order_count) AS orders, SUM(total_amount) AS amount FROM (
				    SELECT (quarter_hour + :offset) / 96 AS day, status, order_count, total_amount
				    FROM order_stats WHERE quarter_hour >= :from AND quarter_hour < :to) quarters
				GROUP BY day, status""")
			.param("offset", (long) segment.offsetQuarters())
			.param("from", segment.fromQuarter())
			.param("to", segment.toQuarter())
			.query((ResultSet rs) -> {
				long[] sum = days
					.computeIfAbsent(LocalDate.ofEpochDay(rs.getLong("day")), day -> new EnumMap<>(OrderState.class))
					.computeIfAbsent(OrderState.fromDbValue(rs.getString("status")), status -> new long[2]);
				sum[0] += rs.getLong("orders");
				sum[1] += rs.getLong("amount");
			});
	}

	private static DayStatsView day(LocalDate date, Map<OrderState, long[]> sums, Map<OrderState, long[]> all) {
		sums.forEach((status, sum) -> {
			long[] total = all.computeIfAbsent(status, s -> new long[2]);
			total[0] += sum[0];
			total[1] += sum[1];
		});
		return new DayStatsView(date, count(sums), amount(sums, EnumSet.allOf(OrderState.class)), amount(sums, REVENUE),
				counts(sums));
	}

	private static long count(Map<OrderState, long[]> sums) {
		return sums.values().stream().mapToLong(sum -> sum[0]).sum();
	}

	private static BigDecimal amount(Map<OrderState, long[]> sums, Set<OrderState> statuses) {
		return BigDecimal.valueOf(sums.entrySet()
			.stream()
			.filter(entry -> statuses.contains(entry.getKey()))
			.mapToLong(entry -> entry.getValue()[1])
			.reduce(0L, Math::addExact));
	}

	private static StatusCounts counts(Map<OrderState, long[]> sums) {
		return new StatusCounts(count(sums, OrderState.PENDING), count(sums, OrderState.PAYMENT_PROCESSING),
				count(sums, OrderState.PAID), count(sums, OrderState.SHIPPED), count(sums, OrderState.DELIVERED),
				count(sums, OrderState.CANCELLED));
	}

	private static long count(Map<OrderState, long[]> sums, OrderState status) {
		long[] sum = sums.get(status);
		return (sum != null) ? sum[0] : 0;
	}

}

package com.orderplatform.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/v1/orders/stats}: the orders placed in a period of days, counted by
 * their current status, and per day.
 *
 * @param from the first day (inclusive)
 * @param to the last day (inclusive)
 * @param timeZone the time zone the days are counted in ({@code Asia/Tokyo})
 * @param currency always {@code JPY}
 * @param orders how many orders were placed in the period
 * @param totalAmount their total, whatever their status
 * @param revenue the total of those paid, shipped or delivered (charged and not refunded)
 * @param statusCounts how many of them are in each status now
 * @param days every day of the period, oldest first, days without orders included
 */
public record OrderStatsView(LocalDate from, LocalDate to, String timeZone, String currency, long orders,
		BigDecimal totalAmount, BigDecimal revenue, StatusCounts statusCounts, List<DayStatsView> days) {
}

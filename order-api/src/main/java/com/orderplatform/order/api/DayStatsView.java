package com.orderplatform.order.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The orders placed on one day.
 *
 * @param date the day, in the requested time zone
 * @param orders how many orders were placed
 * @param totalAmount their total, whatever their status
 * @param revenue the total of those paid, shipped or delivered
 * @param statusCounts how many of them are in each status now
 */
public record DayStatsView(LocalDate date, long orders, BigDecimal totalAmount, BigDecimal revenue,
		StatusCounts statusCounts) {
}

/**
 * The overview's figures ({@code GET /api/v1/orders/stats}): how many orders were placed
 * in a period of days, their total and revenue, by status now and per day, counted in any
 * time zone ({@code StatsPeriod}). {@link com.orderplatform.order.order.stats.OrderStats}
 * sums them in SQL from the {@code order_stats} rollup, which the repository keeps in
 * step with every write, by its quarter hours; the orders themselves are never read. Uses
 * the parent package (statuses, quarter hours, {@code OrderReportProperties}); nothing
 * uses it.
 */
package com.orderplatform.order.order.stats;

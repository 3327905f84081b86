/**
 * Orders: the aggregate and its one repository, the feature's public face. An
 * {@link com.orderplatform.order.order.Order} is placed with its items and an exact total
 * and moved through {@link com.orderplatform.order.order.OrderState}'s guarded
 * transitions, one order at a time or a whole chunk of an import at once
 * ({@code Order.startPayments}, {@code Order.settlePayments}); each decision is a
 * {@link com.orderplatform.order.order.StatusChange} that
 * {@link com.orderplatform.order.order.OrderRepository} applies only while the order is
 * still in the status it was decided from, and keeps in the order's history. The
 * repository is the one way orders, items, history and the {@code order_stats} rollup
 * ({@code OrderStatsRollup}) are written, every write a batch: one order is a batch of
 * one. Other features use this package and nothing deeper: the CSV import saves, charges
 * and reads its orders here, the problem-details advice maps its exceptions.
 * <p>
 * Named parts build on it inside the feature: {@code flow} (placing, charging, status
 * updates, cancellation, the payment webhook), {@code http} (the orders API and its
 * views), {@code stats} (the overview's figures) and {@code export} (orders as CSV). This
 * package uses only the contract ({@code order-api}) and the database.
 */
package com.orderplatform.order.order;

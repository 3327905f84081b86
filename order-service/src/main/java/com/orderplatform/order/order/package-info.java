/**
 * The order lifecycle. An {@link com.orderplatform.order.order.Order} is placed with its
 * items and an exact total, charged through the payment service, and moved through
 * {@link com.orderplatform.order.order.OrderState}'s guarded transitions: by the payment
 * flow (and the payment service's webhook), by an operator (shipped, delivered), or by
 * cancellation, which refunds a charged order before cancelling it. Every change is a
 * conditional update ({@code WHERE status = <the status the decision was based on>}), so
 * the creation flow, the webhook and operators can race without losing a change; each is
 * kept in the order's status history. The customer is emailed at confirmation, shipping
 * and cancellation; a failed email is logged and never blocks an order.
 * <p>
 * For operations: {@link com.orderplatform.order.order.OrderStats} answers the overview's
 * figures from the {@code order_stats} rollup that {@code OrderStatsRollup} keeps in the
 * repositories' transactions, and {@link com.orderplatform.order.order.OrderExport}
 * streams the orders a list's filters match as CSV for spreadsheets.
 */
package com.orderplatform.order.order;

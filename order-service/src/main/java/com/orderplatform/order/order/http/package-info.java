/**
 * The orders API ({@code /api/v1/orders}: place, list, read, change the status, cancel)
 * and the payment service's signed webhook ({@code /api/v1/orders/{order_id}/webhook}):
 * thin controllers that turn a request into one call of a {@code flow} service and its
 * result into the contract's records ({@code OrderViews}). Also how the orders' requests
 * are read: {@code ?status=} in any case, and no fraction where a whole number is due.
 * Uses {@code flow} and the parent package's filter and sort; nothing uses it.
 */
package com.orderplatform.order.order.http;

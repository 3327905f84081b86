package com.orderplatform.order.api;

import java.time.Instant;

/**
 * One entry of an order's status history.
 *
 * @param fromStatus the status before, {@code null} for the order's creation
 * @param toStatus the status after
 * @param reason why, when known
 * @param changedAt when (UTC)
 */
public record StatusChangeView(OrderStatus fromStatus, OrderStatus toStatus, String reason, Instant changedAt) {
}

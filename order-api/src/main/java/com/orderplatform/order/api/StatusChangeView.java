package com.orderplatform.order.api;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an order's status history.
 *
 * @param fromStatus the status before, {@code null} for the order's creation
 * @param toStatus the status after
 * @param reason why, when known
 * @param changedAt when (UTC)
 */
public record StatusChangeView(@Nullable OrderStatus fromStatus, OrderStatus toStatus, @Nullable String reason,
		Instant changedAt) {
}

package com.orderplatform.order.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code PUT /api/v1/orders/{id}/status}: move an order to a new status.
 *
 * @param status the target status
 * @param reason an optional note kept in the status history
 */
public record UpdateOrderStatusRequest(@NotNull OrderStatus status, @Size(max = 500) @Nullable String reason) {
}

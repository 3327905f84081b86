package com.orderplatform.order.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An order with its items.
 *
 * @param id the order's id
 * @param customerEmail the customer's email address
 * @param customerName the customer's name
 * @param status the current status
 * @param statusReason why the order is in its status when that needs explaining (a failed
 * payment, a cancellation reason), otherwise {@code null}
 * @param totalAmount the sum of quantity × unit price over all items, exact
 * @param currency always {@code JPY}
 * @param batchId the import batch the order came from, {@code null} for orders placed one
 * by one
 * @param items the line items
 * @param statusHistory every status change, oldest first
 * @param createdAt when the order was placed (UTC)
 * @param updatedAt when it last changed (UTC)
 */
public record OrderView(long id, String customerEmail, String customerName, OrderStatus status,
		@Nullable String statusReason, BigDecimal totalAmount, String currency, @Nullable String batchId,
		List<OrderItemView> items, List<StatusChangeView> statusHistory, Instant createdAt, Instant updatedAt) {
}

package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order's own row in {@code orders}: everything but its items and status history. What
 * streaming many orders needs (the export writes the items beside it and never the
 * history), so a page of them costs no history query.
 *
 * @param id the order's id
 * @param customerEmail the customer's email address
 * @param customerName the customer's name
 * @param status the current status
 * @param statusReason why the order is in its status, when that needs saying
 * @param totalAmount Σ quantity × unit price in yen, exact
 * @param currency always {@code JPY}
 * @param batchId the import batch, {@code null} for a single order
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 */
public record OrderRow(long id, String customerEmail, String customerName, OrderState status, String statusReason,
		BigDecimal totalAmount, String currency, String batchId, Instant createdAt, Instant updatedAt) {

	Order toOrder(List<OrderItem> items, List<StatusChange> history) {
		return new Order(this.id, this.customerEmail, this.customerName, this.status, this.statusReason,
				this.totalAmount, this.currency, this.batchId, items, history, this.createdAt, this.updatedAt);
	}

}

package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as stored: the aggregate of the order lifecycle. It is immutable; each
 * transition method checks the transition against the current status and returns the
 * {@link StatusChange} to apply (conditionally on that status), or throws
 * {@link IllegalOrderTransitionException} naming the order and both statuses.
 *
 * @param id the order's id
 * @param customerEmail the customer's email address
 * @param customerName the customer's name
 * @param status the current status
 * @param statusReason why the order is in its status, when that needs saying
 * @param totalAmount Σ quantity × unit price in yen, exact
 * @param currency always {@code JPY}
 * @param batchId the import batch, {@code null} for a single order
 * @param items the lines
 * @param history the status changes, oldest first
 * @param createdAt when it was placed
 * @param updatedAt when it last changed
 */
public record Order(long id, String customerEmail, String customerName, OrderState status, String statusReason,
		BigDecimal totalAmount, String currency, String batchId, List<OrderItem> items, List<StatusChange> history,
		Instant createdAt, Instant updatedAt) {

	/** Keeps the collections unmodifiable. */
	public Order {
		items = List.copyOf(items);
		history = List.copyOf(history);
	}

	/**
	 * Starts charging the order: pending → payment_processing.
	 * @param at when
	 * @return the change
	 */
	public StatusChange startPayment(Instant at) {
		return moveTo(OrderState.PAYMENT_PROCESSING, null, at);
	}

	/**
	 * The payment completed: payment_processing (or, when it completed late, pending) →
	 * paid.
	 * @param reason a note for the history, {@code null} for the usual case
	 * @param at when
	 * @return the change
	 */
	public StatusChange markPaid(String reason, Instant at) {
		return moveTo(OrderState.PAID, reason, at);
	}

	/**
	 * The payment failed: payment_processing → pending, keeping why.
	 * @param reason why the payment failed
	 * @param at when
	 * @return the change
	 */
	public StatusChange paymentFailed(String reason, Instant at) {
		return moveTo(OrderState.PENDING, reason, at);
	}

	/**
	 * The order was handed to the carrier: paid → shipped.
	 * @param reason an optional note
	 * @param at when
	 * @return the change
	 */
	public StatusChange markShipped(String reason, Instant at) {
		return moveTo(OrderState.SHIPPED, reason, at);
	}

	/**
	 * The customer received the order: shipped → delivered.
	 * @param reason an optional note
	 * @param at when
	 * @return the change
	 */
	public StatusChange markDelivered(String reason, Instant at) {
		return moveTo(OrderState.DELIVERED, reason, at);
	}

	/**
	 * Cancels the order: pending, payment_processing or paid → cancelled. A charged order
	 * must have been refunded before this change is applied.
	 * @param reason why, may be {@code null}
	 * @param at when
	 * @return the change
	 */
	public StatusChange cancel(String reason, Instant at) {
		return moveTo(OrderState.CANCELLED, reason, at);
	}

	/**
	 * Checks, before any refund is attempted, that the order may be cancelled at all.
	 * @throws IllegalOrderTransitionException when it is shipped, delivered or already
	 * cancelled
	 */
	public void ensureCancellable() {
		ensureCanMoveTo(OrderState.CANCELLED);
	}

	/**
	 * How many lines the order has.
	 * @return the number of items
	 */
	public int itemCount() {
		return this.items.size();
	}

	private StatusChange moveTo(OrderState target, String reason, Instant at) {
		ensureCanMoveTo(target);
		return new StatusChange(this.id, this.status, target, reason, at);
	}

	private void ensureCanMoveTo(OrderState target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalOrderTransitionException(this.id, this.status, target);
		}
	}

}

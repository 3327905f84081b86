package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An order as stored: the aggregate of the order lifecycle. It is immutable; each
 * transition method checks the transition against the current status and returns the
 * {@link StatusChange} to apply (conditionally on that status), or throws
 * {@link IllegalOrderTransitionException} naming the order and both statuses, alone or
 * for a whole chunk of an import ({@link #startPayments}, {@link #settlePayments}).
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
	 * A new order as it is once saved: pending, its placement the first history entry.
	 * @param id the id it was saved under
	 * @param order what was ordered
	 * @param at when it was placed
	 * @return the order (its items not yet carrying their ids)
	 */
	static Order placed(long id, NewOrder order, Instant at) {
		// Amounts as the database answers them: whole yen, scale 0.
		List<OrderItem> items = order.items()
			.stream()
			.map(item -> new OrderItem(null, item.productName(), item.quantity(),
					BigDecimal.valueOf(item.unitPrice().longValueExact()), item.notes()))
			.toList();
		return new Order(id, order.customerEmail(), order.customerName(), OrderState.PENDING, null,
				BigDecimal.valueOf(order.totalAmount().longValueExact()), order.currency(), order.batchId(), items,
				List.of(StatusChange.placed(id, at)), at, at);
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
	 * Starts charging many orders at once (a chunk of an import): each pending →
	 * payment_processing, checked as {@link #startPayment} checks one.
	 * @param orders pending orders
	 * @param at when
	 * @return one change per order, in the orders' order
	 */
	public static List<StatusChange> startPayments(Collection<Order> orders, Instant at) {
		return orders.stream().map(order -> order.startPayment(at)).toList();
	}

	/**
	 * Settles many orders' payments at once (an import's batch payment): each becomes
	 * paid, or pending with the reason its payment did not complete, checked as
	 * {@link #markPaid} and {@link #paymentFailed} check one.
	 * @param orders orders being charged (payment_processing)
	 * @param failure why an order's payment did not complete, empty when it did
	 * @param at when
	 * @return one change per order, in the orders' order
	 */
	public static List<StatusChange> settlePayments(Collection<Order> orders, Function<Order, Optional<String>> failure,
			Instant at) {
		return orders.stream()
			.map(order -> failure.apply(order)
				.map(reason -> order.paymentFailed(reason, at))
				.orElseGet(() -> order.markPaid(null, at)))
			.toList();
	}

	/**
	 * The orders as they are once the repository applied some of the changes decided for
	 * them, so a chunk need not be read again between two batches of changes.
	 * @param orders the orders the changes were decided from
	 * @param changes the changes, at most one per order
	 * @param applied the ids of the orders whose change was applied
	 * @return the orders in the same order, each with its applied change
	 */
	public static List<Order> afterApplied(List<Order> orders, List<StatusChange> changes, Set<Long> applied) {
		Map<Long, StatusChange> byOrder = changes.stream()
			.filter(change -> applied.contains(change.orderId()))
			.collect(Collectors.toMap(StatusChange::orderId, Function.identity(), (first, last) -> last));
		return orders.stream().map(order -> order.after(byOrder.get(order.id()))).toList();
	}

	/**
	 * What the customer's emails about the order fill in (confirmation, shipping,
	 * cancellation, single or from an import): its id, the customer's name, the total,
	 * the currency and the number of items.
	 * @return the template's values, in a map the caller may add to
	 */
	public Map<String, Object> templateData() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("order_id", this.id);
		data.put("customer_name", this.customerName);
		data.put("total_amount", this.totalAmount);
		data.put("currency", this.currency);
		data.put("item_count", this.items.size());
		return data;
	}

	/**
	 * The order as it is once the change is applied.
	 * @param change a change decided for it, {@code null} for none
	 * @return the order in the change's new status, with the change in its history
	 */
	Order after(StatusChange change) {
		if (change == null) {
			return this;
		}
		if (change.from() != this.status) {
			throw new IllegalArgumentException("Order " + this.id + " is " + this.status + ", not " + change.from());
		}
		List<StatusChange> moved = new ArrayList<>(this.history);
		moved.add(change);
		return new Order(this.id, this.customerEmail, this.customerName, change.to(), change.reason(), this.totalAmount,
				this.currency, this.batchId, this.items, moved, this.createdAt, change.at());
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

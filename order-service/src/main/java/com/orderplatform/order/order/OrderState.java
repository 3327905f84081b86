package com.orderplatform.order.order;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import com.orderplatform.order.api.OrderStatus;

/**
 * An order's status and the transitions it allows (ARCHITECTURE §3):
 * {@code pending → payment_processing → paid → shipped → delivered}, and
 * {@code cancelled} from pending, payment_processing or paid. Two further transitions
 * belong to the payment flow: a failed payment takes {@code payment_processing} back to
 * {@code pending}, and a payment that completes late (its confirmation arrives by webhook
 * after the order was reverted) takes {@code pending} straight to {@code paid}.
 */
public enum OrderState {

	/** Placed, not (or no longer) being charged. */
	PENDING,

	/** The payment service is being asked to charge the order. */
	PAYMENT_PROCESSING,

	/** Charged. */
	PAID,

	/** Handed to the carrier. */
	SHIPPED,

	/** Received by the customer; final. */
	DELIVERED,

	/** Cancelled (and refunded if it had been charged); final. */
	CANCELLED;

	/**
	 * The statuses this one may move to.
	 * @return the allowed next statuses (a fresh set)
	 */
	public Set<OrderState> allowedNext() {
		return switch (this) {
			case PENDING -> EnumSet.of(PAYMENT_PROCESSING, PAID, CANCELLED);
			case PAYMENT_PROCESSING -> EnumSet.of(PAID, PENDING, CANCELLED);
			case PAID -> EnumSet.of(SHIPPED, CANCELLED);
			case SHIPPED -> EnumSet.of(DELIVERED);
			case DELIVERED, CANCELLED -> EnumSet.noneOf(OrderState.class);
		};
	}

	/**
	 * Whether an order in this status may move to the given one.
	 * @param target the requested status
	 * @return {@code true} when the transition is allowed
	 */
	public boolean canMoveTo(OrderState target) {
		return allowedNext().contains(target);
	}

	/**
	 * Whether only the payment flow (the charge at creation and the payment service's
	 * webhook) sets this status, never a status update request.
	 * @return {@code true} for pending, payment_processing and paid
	 */
	public boolean isSetByPaymentFlow() {
		return this == PENDING || this == PAYMENT_PROCESSING || this == PAID;
	}

	/**
	 * The status as the API shows it.
	 * @return the contract's status
	 */
	public OrderStatus toApi() {
		return OrderStatus.valueOf(name());
	}

	/**
	 * The domain status for the contract's status.
	 * @param status the contract's status
	 * @return the domain status
	 */
	public static OrderState of(OrderStatus status) {
		return valueOf(status.name());
	}

	/**
	 * The value stored in the database ({@code "payment_processing"}).
	 * @return the lowercase name
	 */
	public String dbValue() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status for a stored value.
	 * @param value the lowercase name
	 * @return the status
	 */
	public static OrderState fromDbValue(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	@Override
	public String toString() {
		return dbValue();
	}

}

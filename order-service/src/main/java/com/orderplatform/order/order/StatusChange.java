package com.orderplatform.order.order;

import java.time.Instant;

/**
 * One status change of an order: decided by the {@link Order} aggregate, applied by the
 * repository only if the order is still in {@code from}, and kept in the order's status
 * history.
 *
 * @param orderId the order
 * @param from the status the change starts from, {@code null} for the order's creation
 * @param to the new status
 * @param reason why, when that needs saying (a failed payment, a cancellation reason);
 * becomes the order's status reason
 * @param at when
 */
public record StatusChange(long orderId, OrderState from, OrderState to, String reason, Instant at) {

	/** The longest reason kept; longer ones (a remote service's detail) are cut. */
	public static final int MAX_REASON_LENGTH = 1000;

	/** Cuts an over-long reason so that it fits its column. */
	public StatusChange {
		if (reason != null && reason.length() > MAX_REASON_LENGTH) {
			reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
		}
	}

	/**
	 * The first entry of an order's history: placed, in status pending.
	 * @param orderId the new order
	 * @param at when it was placed
	 * @return the entry
	 */
	public static StatusChange placed(long orderId, Instant at) {
		return new StatusChange(orderId, null, OrderState.PENDING, null, at);
	}

}

package com.orderplatform.order.order.flow;

import org.springframework.modulith.NamedInterface;

/**
 * An order could not be cancelled because its payment could not be refunded first; the
 * order is unchanged. Either the payment service was unavailable (try again later) or it
 * refused the refund.
 */
@NamedInterface("errors")
public class RefundFailedException extends RuntimeException {

	private final boolean transientFailure;

	RefundFailedException(long orderId, String cause, boolean transientFailure) {
		super("Order " + orderId + " could not be refunded (" + cause + "); order not cancelled"
				+ (transientFailure ? ", try again" : ""));
		this.transientFailure = transientFailure;
	}

	/**
	 * Whether the payment service was unreachable or unavailable, so the cancellation may
	 * succeed when tried again.
	 * @return {@code true} for a transient failure
	 */
	public boolean isTransientFailure() {
		return this.transientFailure;
	}

}

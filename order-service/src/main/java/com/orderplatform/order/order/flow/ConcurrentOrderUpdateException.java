package com.orderplatform.order.order.flow;

import org.springframework.modulith.NamedInterface;

/**
 * An order kept changing under a status change (another request or the payment webhook
 * won every attempt), so the change was given up; the caller may try again.
 */
@NamedInterface("errors")
public class ConcurrentOrderUpdateException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param orderId the order
	 * @param attempts how many times the change was tried
	 */
	public ConcurrentOrderUpdateException(long orderId, int attempts) {
		super("Order " + orderId + " was changed concurrently " + attempts + " times; try again");
	}

}

package com.orderplatform.order.order.flow;

import org.springframework.modulith.NamedInterface;

/** No order has the given id. */
@NamedInterface("errors")
public class OrderNotFoundException extends RuntimeException {

	/**
	 * Creates the exception for the given order id.
	 * @param orderId the id that was looked up
	 */
	public OrderNotFoundException(long orderId) {
		super("Order " + orderId + " not found");
	}

}

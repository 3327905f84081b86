package com.orderplatform.order.order;

/** No order has the given id. */
public class OrderNotFoundException extends RuntimeException {

	/**
	 * Creates the exception for the given order id.
	 * @param orderId the id that was looked up
	 */
	public OrderNotFoundException(long orderId) {
		super("Order " + orderId + " not found");
	}

}

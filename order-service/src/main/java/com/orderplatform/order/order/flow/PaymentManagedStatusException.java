package com.orderplatform.order.order.flow;

import com.orderplatform.order.order.OrderState;

import org.springframework.modulith.NamedInterface;

/**
 * A status update asked for a status only the payment flow sets (pending,
 * payment_processing, paid): the payment service decides whether an order is paid, not an
 * operator.
 */
@NamedInterface("errors")
public class PaymentManagedStatusException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param orderId the order
	 * @param requested the requested status
	 */
	public PaymentManagedStatusException(long orderId, OrderState requested) {
		super("Order " + orderId + " cannot be set to " + requested + " by a status update: pending, "
				+ "payment_processing and paid are set by the payment flow only (order creation and the "
				+ "payment service's webhook)");
	}

}

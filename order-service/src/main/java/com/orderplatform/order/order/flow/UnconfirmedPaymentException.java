package com.orderplatform.order.order.flow;

import org.springframework.modulith.NamedInterface;

/**
 * A payment webhook reported something about an order's payment that the payment service
 * itself does not confirm (another transaction, another status or amount); the order is
 * left as it was.
 */
@NamedInterface("errors")
public class UnconfirmedPaymentException extends RuntimeException {

	UnconfirmedPaymentException(long orderId, String reported, String why) {
		super("Order " + orderId + ": the reported payment (" + reported + ") is not confirmed by the payment service: "
				+ why + "; order unchanged");
	}

}

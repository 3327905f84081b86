package com.orderplatform.payment.payment;

import java.util.Locale;

import com.orderplatform.payment.api.PaymentStatus;

/**
 * A gateway callback reporting a status other than {@code completed} or {@code failed},
 * the only outcomes a gateway can report.
 */
public class UnsupportedCallbackStatusException extends RuntimeException {

	UnsupportedCallbackStatusException(PaymentStatus status) {
		super("status must be completed or failed in a gateway callback but was "
				+ status.name().toLowerCase(Locale.ROOT));
	}

}

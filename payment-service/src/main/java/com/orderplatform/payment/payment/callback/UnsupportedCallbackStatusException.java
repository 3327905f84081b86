package com.orderplatform.payment.payment.callback;

import java.util.Locale;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.InvalidPaymentRequestException;

/**
 * A gateway callback reporting a status other than {@code completed} or {@code failed},
 * the only outcomes a gateway can report.
 */
public class UnsupportedCallbackStatusException extends InvalidPaymentRequestException {

	UnsupportedCallbackStatusException(PaymentStatus status) {
		super("status", "status must be completed or failed in a gateway callback but was "
				+ status.name().toLowerCase(Locale.ROOT));
	}

}

package com.orderplatform.payment.payment;

/**
 * A currency other than JPY, the only one the platform takes.
 */
public class UnsupportedCurrencyException extends InvalidPaymentRequestException {

	UnsupportedCurrencyException(String currency) {
		super("currency",
				"currency '" + currency + "' is not supported; only " + PaymentLimits.CURRENCY + " is accepted");
	}

}

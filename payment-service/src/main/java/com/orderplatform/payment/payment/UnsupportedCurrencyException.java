package com.orderplatform.payment.payment;

/**
 * A currency other than JPY, the only one the platform takes.
 */
public class UnsupportedCurrencyException extends RuntimeException {

	UnsupportedCurrencyException(String currency) {
		super("currency '" + currency + "' is not supported; only " + PaymentLimits.CURRENCY + " is accepted");
	}

}

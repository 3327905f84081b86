package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A payment amount outside the limits of one transaction; the message names the limit.
 */
public class AmountOutOfRangeException extends InvalidPaymentRequestException {

	private AmountOutOfRangeException(String message) {
		super("amount", message);
	}

	static AmountOutOfRangeException belowMinimum(BigDecimal amount, BigDecimal minimum) {
		return new AmountOutOfRangeException(
				"amount must be at least " + yen(minimum) + " JPY per payment but was " + amount.toPlainString());
	}

	static AmountOutOfRangeException aboveMaximum(BigDecimal amount, BigDecimal maximum) {
		return new AmountOutOfRangeException(
				"amount must not exceed " + yen(maximum) + " JPY per payment but was " + amount.toPlainString());
	}

	private static String yen(BigDecimal value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

}

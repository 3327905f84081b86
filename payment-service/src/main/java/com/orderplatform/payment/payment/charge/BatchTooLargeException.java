package com.orderplatform.payment.payment.charge;

import java.text.NumberFormat;
import java.util.Locale;

import com.orderplatform.payment.payment.InvalidPaymentRequestException;

/**
 * A batch payment with more items than one request may hold; nothing of it is charged.
 */
public class BatchTooLargeException extends InvalidPaymentRequestException {

	BatchTooLargeException(int size, int maxItems) {
		super("items", "items must hold at most " + format(maxItems) + " payments per batch but held " + format(size)
				+ "; split the batch");
	}

	private static String format(int value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

}

package com.orderplatform.payment.payment;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A batch payment with more items than one request may hold; nothing of it is charged.
 */
public class BatchTooLargeException extends RuntimeException {

	BatchTooLargeException(int size, int maxItems) {
		super("items must hold at most " + format(maxItems) + " payments per batch but held " + format(size)
				+ "; split the batch");
	}

	private static String format(int value) {
		return NumberFormat.getIntegerInstance(Locale.US).format(value);
	}

}

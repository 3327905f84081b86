package com.orderplatform.notification.notification;

/** A bulk request holds more items than one request may. */
public class TooManyBulkItemsException extends RuntimeException {

	public TooManyBulkItemsException(int maxItems, int items) {
		super("A bulk request may hold at most %d items; this one holds %d. Split it into several requests."
			.formatted(maxItems, items));
	}

}

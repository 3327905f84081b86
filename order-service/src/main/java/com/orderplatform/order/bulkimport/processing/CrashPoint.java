package com.orderplatform.order.bulkimport.processing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only fault hook, off by default. With {@code OMS_TEST_CRASH_AT=<point>[:<n>]} in
 * the environment the process halts at once ({@link Runtime#halt}, no shutdown hooks, as
 * a SIGKILL would) the n-th time (the first by default) an import reaches the named
 * point. The end-to-end fault suite uses it to crash at moments a test cannot hit
 * reliably from outside; the points are {@value #VALIDATION_CHUNK} (a validation chunk
 * staged), {@value #ORDERS_WRITTEN} (a chunk's orders saved, not yet charged) and
 * {@value #AFTER_PAYMENT_BATCH} (the batch payment answered, its outcome not yet
 * recorded).
 */
final class CrashPoint {

	static final String VALIDATION_CHUNK = "validation-chunk";

	static final String ORDERS_WRITTEN = "orders-written";

	static final String AFTER_PAYMENT_BATCH = "after-payment-batch";

	private static final String SETTING = System.getenv("OMS_TEST_CRASH_AT");

	private static final AtomicInteger reached = new AtomicInteger();

	private CrashPoint() {
	}

	static void reached(String point) {
		if (SETTING == null || SETTING.isBlank()) {
			return;
		}
		String[] parts = SETTING.trim().toLowerCase(Locale.ROOT).split(":", 2);
		int nth = (parts.length > 1) ? Integer.parseInt(parts[1]) : 1;
		if (parts[0].equals(point) && reached.incrementAndGet() == nth) {
			System.out.println("OMS_TEST_CRASH_AT=" + SETTING + ": halting at " + point);
			System.out.flush();
			Runtime.getRuntime().halt(137);
		}
	}

}

package com.orderplatform.common.faults;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only fault hook, off by default. With {@code OMS_TEST_CRASH_AT=<point>[:<n>]} in
 * the environment the process halts at once ({@link Runtime#halt}, no shutdown hooks, as
 * a SIGKILL would) the n-th time (the first by default) it reaches the named point. The
 * end-to-end fault suite uses it to crash at moments a test cannot hit reliably from
 * outside; each service names its points where it reaches them (e.g. the import's
 * {@code orders-written}, the payment service's {@code after-gateway-batch}).
 */
public final class CrashPoint {

	private static final String SETTING = System.getenv("OMS_TEST_CRASH_AT");

	private static final AtomicInteger reached = new AtomicInteger();

	private CrashPoint() {
	}

	/**
	 * Halts the process if it is armed for this point and this is the n-th time.
	 * @param point the point reached
	 */
	public static void reached(String point) {
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

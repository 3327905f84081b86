package com.orderplatform.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The busiest window of a series of moments: what a rate limit promises to bound. */
final class SlidingWindow {

	private SlidingWindow() {
	}

	/**
	 * The most moments that fall within any window of the given width (a window starting
	 * at each moment, which is where a busiest window can always be made to start).
	 * @param moments the moments, in any order
	 * @param width the window's width (the end excluded)
	 * @return the largest count
	 */
	static int maxWithin(List<Instant> moments, Duration width) {
		List<Instant> sorted = moments.stream().sorted().toList();
		int busiest = 0;
		int end = 0;
		for (int start = 0; start < sorted.size(); start++) {
			Instant limit = sorted.get(start).plus(width);
			while (end < sorted.size() && sorted.get(end).isBefore(limit)) {
				end++;
			}
			busiest = Math.max(busiest, end - start);
		}
		return busiest;
	}

}

package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.util.List;

/**
 * Waits measured in a test, and their percentiles (nearest rank).
 *
 * @param sorted the waits, shortest first
 */
record Latencies(List<Duration> sorted) {

	static Latencies of(List<Duration> waits) {
		return new Latencies(waits.stream().sorted().toList());
	}

	Duration percentile(int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * this.sorted.size());
		return this.sorted.get(Math.max(0, rank - 1));
	}

	Duration max() {
		return this.sorted.getLast();
	}

	@Override
	public String toString() {
		return "p50 %d ms, p95 %d ms, max %d ms (%d messages)".formatted(percentile(50).toMillis(),
				percentile(95).toMillis(), max().toMillis(), this.sorted.size());
	}

}

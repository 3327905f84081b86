package com.orderplatform.bench;

import java.util.Arrays;
import java.util.Collection;

/**
 * Medians and percentiles of measured values. Percentiles use the nearest-rank method
 * (the smallest value with at least p% of the values at or below it), so every reported
 * percentile is a value that was actually measured.
 */
public final class Stats {

	private Stats() {
	}

	/**
	 * The median: the middle value, or the mean of the two middle values.
	 * @param values the values, at least one
	 * @return the median
	 */
	public static double median(Collection<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("The median of no values is undefined");
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/**
	 * The nearest-rank percentile of sorted values.
	 * @param sorted the values in ascending order, at least one
	 * @param percent the percentile, 0 (the minimum) to 100 (the maximum)
	 * @return the percentile
	 */
	public static long percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			throw new IllegalArgumentException("The percentile of no values is undefined");
		}
		if (percent < 0 || percent > 100) {
			throw new IllegalArgumentException("Percentile must be 0 to 100, was " + percent);
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	/**
	 * Summarises latencies.
	 * @param nanos the latencies in nanoseconds, in any order (not modified)
	 * @return count, p50, p95, p99 and maximum in milliseconds
	 */
	public static LatencySummary latencies(long[] nanos) {
		if (nanos.length == 0) {
			return new LatencySummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return new LatencySummary(sorted.length, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
				millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
	}

	private static double millis(long nanos) {
		return Math.round(nanos / 1_000.0) / 1_000.0;
	}

	/**
	 * Latency percentiles in milliseconds (microsecond resolution).
	 *
	 * @param count how many requests
	 * @param p50Ms the median
	 * @param p95Ms the 95th percentile
	 * @param p99Ms the 99th percentile
	 * @param maxMs the slowest
	 */
	public record LatencySummary(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
	}

}

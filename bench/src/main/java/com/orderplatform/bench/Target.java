package com.orderplatform.bench;

/**
 * A goal a measurement is held against. Missing it is reported, never a failure of the
 * benchmark run.
 *
 * @param text how the goal reads in the tables (e.g. {@code ≤ 2 s})
 * @param bound the bound, in the measurement's unit
 * @param atMost whether the value must be at most the bound (otherwise at least)
 */
public record Target(String text, double bound, boolean atMost) {

	/**
	 * A ceiling.
	 * @param bound the largest acceptable value
	 * @param text how it reads
	 * @return the target
	 */
	public static Target atMost(double bound, String text) {
		return new Target(text, bound, true);
	}

	/**
	 * A floor.
	 * @param bound the smallest acceptable value
	 * @param text how it reads
	 * @return the target
	 */
	public static Target atLeast(double bound, String text) {
		return new Target(text, bound, false);
	}

	/**
	 * Whether a value meets the goal.
	 * @param value the measured value
	 * @return whether it is within the bound
	 */
	public boolean isMetBy(double value) {
		return this.atMost ? value <= this.bound : value >= this.bound;
	}

}

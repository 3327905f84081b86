package com.orderplatform.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One reported figure: the median of its runs, the goal beside it and the details that
 * explain it.
 *
 * @param id a stable identifier (e.g. {@code import_10000_seconds})
 * @param item the numbered measurement it belongs to: 1 to 7 for the CSV import's issue,
 * 8 (figures) and 9 (export) for issue #17
 * @param name what was measured, in words
 * @param value the median of the runs
 * @param unit the unit of the value and the runs
 * @param runs every measured run, in order
 * @param target the goal and its source, or {@code null} when there is none
 * @param met whether the median meets the goal, or {@code null} without a goal
 * @param details further figures (percentiles, phases, counts)
 */
public record Measurement(String id, int item, String name, double value, String unit, List<Double> runs, String target,
		Boolean met, Map<String, Object> details) {

	/**
	 * A measurement from its runs.
	 * @param id the identifier
	 * @param item the item number
	 * @param name what was measured
	 * @param unit the unit
	 * @param runs the runs, at least one
	 * @param target the goal, or {@code null}
	 * @return the measurement, with an empty details map to fill
	 */
	public static Measurement of(String id, int item, String name, String unit, List<Double> runs, Target target) {
		double median = Stats.median(runs);
		return new Measurement(id, item, name, median, unit, List.copyOf(runs), (target != null) ? target.text() : null,
				(target != null) ? target.isMetBy(median) : null, new LinkedHashMap<>());
	}

	/**
	 * Adds a detail.
	 * @param key its name
	 * @param detail its value
	 * @return this measurement
	 */
	public Measurement with(String key, Object detail) {
		this.details.put(key, detail);
		return this;
	}

}

package com.orderplatform.order.bulkimport.file;

/**
 * How big an import file may be. Files over either limit are rejected as a whole.
 *
 * @param maxFileBytes the largest file in bytes, 50 MiB by default
 * @param maxDataRows the most data rows (the header and blank rows not counted), 100,000
 * by default
 */
public record ImportLimits(long maxFileBytes, int maxDataRows) {

	/** 50 MiB and 100,000 data rows. */
	public static final ImportLimits DEFAULTS = new ImportLimits(50L * 1024 * 1024, 100_000);

	/**
	 * Checks that both limits are positive.
	 * @throws IllegalArgumentException when one is not
	 */
	public ImportLimits {
		if (maxFileBytes <= 0) {
			throw new IllegalArgumentException("maxFileBytes must be positive but was " + maxFileBytes);
		}
		if (maxDataRows <= 0) {
			throw new IllegalArgumentException("maxDataRows must be positive but was " + maxDataRows);
		}
	}

}

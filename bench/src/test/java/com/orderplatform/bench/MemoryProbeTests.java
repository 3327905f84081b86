package com.orderplatform.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryProbeTests {

	@Test
	void heapAfterGcIsTheLargestCollectionOfEachPartOfTheWindow() {
		List<double[]> collections = List.of(new double[] { 99.0, 70.0 }, new double[] { 101.0, 20.0 },
				new double[] { 104.0, 25.0 }, new double[] { 105.5, 22.0 }, new double[] { 119.9, 31.0 },
				new double[] { 125.0, 90.0 });

		List<Double> quarters = MemoryProbe.heapAfterGcByPart(collections, 100.0, 120.0, 4);

		// 99 s (before the window) counts in the first part, 125 s (after it) in the
		// last.
		assertThat(quarters).containsExactly(70.0, 22.0, null, 90.0);
	}

	@Test
	void aWindowWithoutKnownBoundsHasNoParts() {
		assertThat(MemoryProbe.heapAfterGcByPart(List.of(new double[] { 1.0, 2.0 }), Double.NaN, 10.0, 10)).isEmpty();
		assertThat(MemoryProbe.heapAfterGcByPart(List.of(), 5.0, 5.0, 10)).isEmpty();
	}

}

package com.orderplatform.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StatsTests {

	@Test
	void medianOfAnOddCountIsTheMiddleValue() {
		assertThat(Stats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
	}

	@Test
	void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
	}

	@Test
	void medianOfOneValueIsThatValue() {
		assertThat(Stats.median(List.of(7.5))).isEqualTo(7.5);
	}

	@Test
	void medianOfNothingIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.median(List.of()));
	}

	@Test
	void nearestRankPercentilesOfOneToHundred() {
		long[] values = java.util.stream.LongStream.rangeClosed(1, 100).toArray();

		assertThat(Stats.percentile(values, 50)).isEqualTo(50);
		assertThat(Stats.percentile(values, 95)).isEqualTo(95);
		assertThat(Stats.percentile(values, 99)).isEqualTo(99);
		assertThat(Stats.percentile(values, 100)).isEqualTo(100);
		assertThat(Stats.percentile(values, 0)).isEqualTo(1);
	}

	@Test
	void percentileOfFewValuesIsAMeasuredValue() {
		long[] values = { 10, 20, 30, 40 };

		assertThat(Stats.percentile(values, 50)).isEqualTo(20);
		assertThat(Stats.percentile(values, 51)).isEqualTo(30);
		assertThat(Stats.percentile(values, 95)).isEqualTo(40);
		assertThat(Stats.percentile(new long[] { 5 }, 99)).isEqualTo(5);
	}

	@Test
	void percentileOutsideZeroToHundredIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentile(new long[] { 1 }, 101));
		assertThatIllegalArgumentException().isThrownBy(() -> Stats.percentile(new long[0], 50));
	}

	@Test
	void latenciesAreSummarisedInMillisecondsWithoutReorderingTheInput() {
		long[] nanos = new long[200];
		for (int i = 0; i < nanos.length; i++) {
			nanos[i] = (200 - i) * 1_000_000L;
		}

		Stats.LatencySummary summary = Stats.latencies(nanos);

		assertThat(summary).isEqualTo(new Stats.LatencySummary(200, 100.0, 190.0, 198.0, 200.0));
		assertThat(nanos[0]).isEqualTo(200_000_000L);
	}

	@Test
	void latenciesKeepMicrosecondResolution() {
		assertThat(Stats.latencies(new long[] { 1_234_567 }).p50Ms()).isEqualTo(1.235);
	}

	@Test
	void noLatenciesGiveAnEmptySummary() {
		assertThat(Stats.latencies(new long[0]).count()).isZero();
		assertThat(Stats.latencies(new long[0]).p95Ms()).isNaN();
	}

}

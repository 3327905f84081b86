package com.orderplatform.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SteadyReaderTests {

	@Test
	void pooledWindowsHoldEveryLatencyOfBoth() {
		SteadyReader.Result before = new SteadyReader.Result(new long[] { 1_000_000, 3_000_000 },
				new long[] { 2_000_000 }, 1, 30.0);
		SteadyReader.Result after = new SteadyReader.Result(new long[] { 2_000_000 }, new long[] { 4_000_000 }, 2,
				30.5);

		SteadyReader.Result pooled = before.plus(after);

		assertThat(pooled.listNanos()).containsExactly(1_000_000, 3_000_000, 2_000_000);
		assertThat(pooled.byIdNanos()).containsExactly(2_000_000, 4_000_000);
		assertThat(pooled.errors()).isEqualTo(3);
		assertThat(pooled.seconds()).isEqualTo(60.5);
		assertThat(pooled.list()).isEqualTo(new Stats.LatencySummary(3, 2.0, 3.0, 3.0, 3.0));
	}

}

package com.orderplatform.bench;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTests {

	@Test
	void ceilingIsMetAtAndBelowTheBound() {
		Target target = Target.atMost(2, "≤ 2 s");

		assertThat(target.isMetBy(2)).isTrue();
		assertThat(target.isMetBy(1.99)).isTrue();
		assertThat(target.isMetBy(2.01)).isFalse();
	}

	@Test
	void floorIsMetAtAndAboveTheBound() {
		Target target = Target.atLeast(1.67, "≥ 1.67");

		assertThat(target.isMetBy(1.67)).isTrue();
		assertThat(target.isMetBy(1.66)).isFalse();
	}

	@Test
	void measurementJudgesItsMedianNotItsBestRun() {
		Measurement measurement = Measurement.of("x", 1, "x", "s", List.of(1.0, 3.0, 5.0), Target.atMost(2, "≤ 2 s"));

		assertThat(measurement.value()).isEqualTo(3.0);
		assertThat(measurement.met()).isFalse();
	}

	@Test
	void measurementWithoutTargetHasNoVerdict() {
		Measurement measurement = Measurement.of("x", 5, "x", "s", List.of(1.0), null);

		assertThat(measurement.target()).isNull();
		assertThat(measurement.met()).isNull();
	}

}

package com.orderplatform.notification.dispatch.monitor;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueForecastTests {

	/** 10 per second: 101 ms apart, one permit in ten offered to the bulk lane first. */
	private final QueueForecast forecast = new QueueForecast(Duration.ofMillis(101), 10);

	@Test
	void sendsALaneAloneAtTheFullRate() {
		assertThat(this.forecast.transactionalSeconds(25, 0)).isEqualTo(3);
		assertThat(this.forecast.bulkSeconds(0, 30_000)).isEqualTo(3030);
		assertThat(this.forecast.drainSeconds(30_000)).isEqualTo(3030);
	}

	@Test
	void givesTheTransactionalLaneNineSendsInTenWhileBulkWaits() {
		// 90 transactional messages take 100 permits (10.1 s) beside a bulk backlog.
		assertThat(this.forecast.transactionalSeconds(90, 30_000)).isEqualTo(11);
		assertThat(this.forecast.transactionalSeconds(1, 30_000)).isEqualTo(1);
	}

	@Test
	void givesTheBulkLaneOneSendInTenUntilTheTransactionalLaneIsEmpty() {
		// 5 bulk messages beside 1,000 transactional: every tenth permit, 50 permits.
		assertThat(this.forecast.bulkSeconds(1_000, 5)).isEqualTo(6);
		// 100 bulk beside 90 transactional: both lanes are done after 190 permits.
		assertThat(this.forecast.bulkSeconds(90, 100)).isEqualTo(20);
	}

	@Test
	void finishesASmallBatchFirstBecauseBatchesTakeTurns() {
		List<Long> batches = List.of(29_900L, 100L);

		// 100 rounds of both batches: 200 bulk sends, 20.2 s.
		assertThat(this.forecast.batchSeconds(0, 100, batches)).isEqualTo(21);
		assertThat(this.forecast.batchSeconds(0, 29_900, batches)).isEqualTo(3030);
	}

	@Test
	void saysZeroForAnEmptyLane() {
		assertThat(this.forecast.transactionalSeconds(0, 500)).isZero();
		assertThat(this.forecast.bulkSeconds(500, 0)).isZero();
		assertThat(this.forecast.drainSeconds(0)).isZero();
	}

}

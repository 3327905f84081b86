package com.orderplatform.notification.dispatch;

import java.util.List;
import java.util.stream.LongStream;

import com.orderplatform.notification.notification.Lane;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LaneOrderTests {

	@Test
	void offersEveryTenthPermitToTheBulkLaneFirstAndTheOthersToTheTransactionalLane() {
		LaneOrder order = new LaneOrder(10);

		List<Lane> firstChoices = LongStream.rangeClosed(1, 30)
			.mapToObj((permit) -> order.forPermit(permit).getFirst())
			.toList();

		assertThat(firstChoices).filteredOn((lane) -> lane == Lane.BULK).hasSize(3);
		assertThat(order.forPermit(10)).containsExactly(Lane.BULK, Lane.TRANSACTIONAL);
		assertThat(order.forPermit(20)).containsExactly(Lane.BULK, Lane.TRANSACTIONAL);
		assertThat(order.forPermit(11)).containsExactly(Lane.TRANSACTIONAL, Lane.BULK);
		assertThat(order.forPermit(19)).containsExactly(Lane.TRANSACTIONAL, Lane.BULK);
	}

	@Test
	void alwaysOffersThePermitToBothLanesSoNeitherIdlesWhileTheOtherWaits() {
		LaneOrder order = new LaneOrder(4);

		assertThat(LongStream.rangeClosed(1, 12).mapToObj(order::forPermit))
			.allSatisfy((lanes) -> assertThat(lanes).containsExactlyInAnyOrder(Lane.TRANSACTIONAL, Lane.BULK));
	}

	@Test
	void refusesATurnThatWouldStarveTheTransactionalLane() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LaneOrder(1))
			.withMessage("bulkTurnEvery must be at least 2, was 1");
	}

}

package com.orderplatform.notification.dispatch.monitor;

import java.time.Duration;
import java.util.List;

/**
 * Estimates when the lanes and batches will be empty if nothing more is queued, from the
 * pace and the lanes' shares ({@code LaneOrder} in dispatch): while both lanes wait, the
 * bulk lane gets one permit in N and the transactional lane the rest; a lane alone gets
 * them all. So a lane of {@code x} waiting beside {@code y} in the other is done after
 * {@code min(x / share, x + y)} permits. Batches take turns within the bulk lane, so a
 * batch of {@code n} is done once every batch has sent {@code min(its size, n)}. Retries
 * and messages queued later are not foreseen; an estimate for operators, not a promise.
 *
 * @param interval the time between two sends
 * @param bulkTurnEvery every how manyth permit goes to the bulk lane first
 */
record QueueForecast(Duration interval, int bulkTurnEvery) {

	/**
	 * When the transactional lane will be empty.
	 * @param transactional messages waiting in it
	 * @param bulk messages waiting in the bulk lane
	 * @return whole seconds, rounded up; 0 when it is empty
	 */
	long transactionalSeconds(long transactional, long bulk) {
		long alone = transactional + bulk;
		long shared = Math.ceilDiv(transactional * this.bulkTurnEvery, this.bulkTurnEvery - 1);
		return seconds(Math.min(shared, alone));
	}

	/**
	 * When the bulk lane will be empty.
	 * @param transactional messages waiting in the transactional lane
	 * @param bulk messages waiting in the bulk lane
	 * @return whole seconds, rounded up; 0 when it is empty
	 */
	long bulkSeconds(long transactional, long bulk) {
		return seconds(Math.min(bulk * this.bulkTurnEvery, transactional + bulk));
	}

	/**
	 * When a batch's last message will have gone.
	 * @param transactional messages waiting in the transactional lane
	 * @param batch the batch's messages waiting
	 * @param batches the messages waiting of every batch, this one included
	 * @return whole seconds, rounded up
	 */
	long batchSeconds(long transactional, long batch, List<Long> batches) {
		long bulkSends = batches.stream().mapToLong((other) -> Math.min(other, batch)).sum();
		return bulkSeconds(transactional, bulkSends);
	}

	/**
	 * How long sending every waiting message takes at the rate limit.
	 * @param pending messages waiting, in both lanes
	 * @return whole seconds, rounded up
	 */
	long drainSeconds(long pending) {
		return seconds(pending);
	}

	private long seconds(long permits) {
		long micros = Math.multiplyExact(permits, this.interval.toNanos() / 1_000);
		return Math.ceilDiv(micros, 1_000_000L);
	}

}

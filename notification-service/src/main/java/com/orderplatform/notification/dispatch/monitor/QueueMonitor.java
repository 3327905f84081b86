package com.orderplatform.notification.dispatch.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.orderplatform.notification.api.NotificationBatchView;
import com.orderplatform.notification.api.NotificationLaneView;
import com.orderplatform.notification.api.NotificationQueueView;
import com.orderplatform.notification.dispatch.DispatchProperties;
import com.orderplatform.notification.notification.Lane;
import com.orderplatform.notification.notification.QueueStatistics.BatchCounts;
import com.orderplatform.notification.notification.QueueStatistics.LaneCounts;
import com.orderplatform.notification.notification.QueueStatistics.Snapshot;
import com.orderplatform.notification.notification.QueueStatistics;

import org.springframework.stereotype.Service;

/**
 * Says where the send queue stands, for operators and for the import's progress: in all
 * (the fields from before the lanes, unchanged), per lane, and for the largest waiting
 * batches.
 */
@Service
class QueueMonitor {

	/** Batches listed; an operator looks for the imports that hold the queue up. */
	static final int TOP_BATCHES = 10;

	private static final Duration RECENT = Duration.ofMinutes(1);

	private final QueueStatistics statistics;

	private final QueueForecast forecast;

	private final Clock clock;

	QueueMonitor(QueueStatistics statistics, DispatchProperties properties, Clock clock) {
		this.statistics = statistics;
		this.forecast = new QueueForecast(properties.sendInterval(), properties.bulkTurnEvery());
		this.clock = clock;
	}

	NotificationQueueView current() {
		Instant now = this.clock.instant();
		Snapshot snapshot = this.statistics.snapshot(now.minus(RECENT));
		LaneCounts transactional = snapshot.lanes().get(Lane.TRANSACTIONAL);
		LaneCounts bulk = snapshot.lanes().get(Lane.BULK);
		long waiting = transactional.pending();
		List<NotificationLaneView> lanes = List.of(lane(Lane.TRANSACTIONAL, transactional,
				this.forecast.transactionalSeconds(waiting, bulk.pending()), now),
				lane(Lane.BULK, bulk, this.forecast.bulkSeconds(waiting, bulk.pending()), now));
		List<Long> sizes = snapshot.batches().stream().map(BatchCounts::pending).toList();
		List<NotificationBatchView> batches = snapshot.batches()
			.stream()
			.limit(TOP_BATCHES)
			.map((batch) -> new NotificationBatchView(batch.batchId(), batch.pending(),
					age(batch.oldestCreatedAt(), now), this.forecast.batchSeconds(waiting, batch.pending(), sizes)))
			.toList();
		long pending = transactional.pending() + bulk.pending();
		long oldestAge = Math.max(age(transactional.oldestCreatedAt(), now), age(bulk.oldestCreatedAt(), now));
		return new NotificationQueueView(pending, transactional.sentSince() + bulk.sentSince(), snapshot.failed(),
				oldestAge, this.forecast.drainSeconds(pending), lanes, snapshot.batches().size(), batches);
	}

	private static NotificationLaneView lane(Lane lane, LaneCounts counts, long etaSeconds, Instant now) {
		return new NotificationLaneView(lane.code(), counts.pending(), age(counts.oldestCreatedAt(), now), etaSeconds,
				counts.sentSince());
	}

	private static long age(Instant createdAt, Instant now) {
		return (createdAt != null) ? Math.max(0, Duration.between(createdAt, now).toSeconds()) : 0;
	}

}

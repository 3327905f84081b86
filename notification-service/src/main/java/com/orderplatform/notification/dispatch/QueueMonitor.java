package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.orderplatform.notification.api.NotificationQueueView;
import com.orderplatform.notification.notification.NotificationQueue;
import com.orderplatform.notification.notification.NotificationQueue.QueueCounts;

import org.springframework.stereotype.Service;

/** Says where the send queue stands, for operators and for the import's progress. */
@Service
class QueueMonitor {

	private static final Duration RECENT = Duration.ofMinutes(1);

	private final NotificationQueue queue;

	private final SendPacer pacer;

	private final Clock clock;

	QueueMonitor(NotificationQueue queue, SendPacer pacer, Clock clock) {
		this.queue = queue;
		this.pacer = pacer;
		this.clock = clock;
	}

	NotificationQueueView current() {
		Instant now = this.clock.instant();
		QueueCounts counts = this.queue.counts(now.minus(RECENT));
		long oldestAge = (counts.oldestPendingCreatedAt() != null)
				? Math.max(0, Duration.between(counts.oldestPendingCreatedAt(), now).toSeconds()) : 0;
		long drainMicros = counts.pending() * this.pacer.interval().toNanos() / 1_000;
		return new NotificationQueueView(counts.pending(), counts.sentSince(), counts.failed(), oldestAge,
				Math.ceilDiv(drainMicros, 1_000_000L));
	}

}

package com.orderplatform.notification.dispatch.monitor;

import com.orderplatform.notification.api.NotificationQueueView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The send queue's state. */
@RestController
@Tag(name = "Notifications")
class QueueController {

	private final QueueMonitor monitor;

	QueueController(QueueMonitor monitor) {
		this.monitor = monitor;
	}

	@GetMapping("/api/v1/notifications/queue")
	@Operation(summary = "Pending, recently sent and failed notifications, per lane and per waiting batch",
			description = """
					In all: pending (waiting, being sent or waiting for a retry), sent_last_minute, failed, \
					oldest_pending_age_seconds (0 when none waits) and estimated_drain_seconds (pending × the send \
					interval, rounded up). lanes: always two, transactional (single orders' messages, sent first) \
					then bulk (messages with a batch_id, e.g. an import's confirmations, which take turns between \
					batches and get at least every Nth send), each with depth, oldest_pending_age_seconds, \
					eta_seconds (when the lane is empty if nothing more is queued, at the rate limit and the \
					lanes' shares) and sent_last_minute. active_batches: how many batches have messages waiting; \
					batches: the 10 with the most waiting, largest first, each with batch_id, pending, \
					oldest_pending_age_seconds and eta_seconds. Times are whole seconds; estimates ignore retries.""")
	NotificationQueueView queue() {
		return this.monitor.current();
	}

}

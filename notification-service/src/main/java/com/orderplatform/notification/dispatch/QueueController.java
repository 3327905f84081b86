package com.orderplatform.notification.dispatch;

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
	@Operation(summary = "Pending, recently sent and failed notifications, and how long the queue takes to drain")
	NotificationQueueView queue() {
		return this.monitor.current();
	}

}

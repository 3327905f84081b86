package com.orderplatform.notification.notification;

import java.net.URI;
import java.util.List;

import com.orderplatform.notification.api.NotificationPage;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The notification API (spec section 5.2.3). */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Send order notifications and read their history")
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@PostMapping("/email")
	@Operation(summary = "Render a template and email it (201 even when delivery failed: see status)")
	ResponseEntity<NotificationView> sendEmail(@Valid @RequestBody SendEmailRequest request) {
		return created(this.notifications.send(SendNotification.email(request)));
	}

	@PostMapping("/sms")
	@Operation(summary = "Render a template and send it as a text message")
	ResponseEntity<NotificationView> sendSms(@Valid @RequestBody SendSmsRequest request) {
		return created(this.notifications.send(SendNotification.sms(request)));
	}

	@GetMapping("/{notification_id}")
	@Operation(summary = "One notification")
	NotificationView get(@PathVariable("notification_id") long notificationId) {
		return NotificationViews.of(this.notifications.get(notificationId));
	}

	@GetMapping("/order/{order_id}")
	@Operation(summary = "Every notification about one order, oldest first")
	List<NotificationView> forOrder(@PathVariable("order_id") long orderId) {
		return this.notifications.forOrder(orderId).stream().map(NotificationViews::of).toList();
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Notifications, newest first, optionally by status")
	NotificationPage list(
			@RequestParam(required = false) @Pattern(regexp = "(?i)pending|sent|failed",
					message = "must be one of pending, sent, failed") String status,
			@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		NotificationSlice slice = this.notifications.list(NotificationViews.status(status), skip, limit);
		return new NotificationPage(slice.items().stream().map(NotificationViews::of).toList(), slice.total(), skip,
				limit);
	}

	private static ResponseEntity<NotificationView> created(Notification notification) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/notifications/{id}")
			.buildAndExpand(notification.id())
			.toUri();
		return ResponseEntity.created(location).body(NotificationViews.of(notification));
	}

}

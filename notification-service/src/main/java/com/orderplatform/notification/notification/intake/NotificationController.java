package com.orderplatform.notification.notification.intake;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.orderplatform.common.concurrent.BackgroundWorkers;
import com.orderplatform.common.web.BulkJson;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.notification.api.BulkNotificationResponse;
import com.orderplatform.notification.api.FieldFormats;
import com.orderplatform.notification.api.NotificationPage;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import com.orderplatform.notification.notification.intake.NotificationService.Accepted;
import com.orderplatform.notification.notification.store.NotificationFilter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The notification API (spec section 5.2.3) and its bulk extension. A bulk request's JSON
 * is read, validated and answered, and its notifications rendered and stored, on the
 * background workers ({@link BulkJson}), not on the request thread; its answer and its
 * errors are those of a plain {@code @Valid @RequestBody}.
 */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Queue order notifications and read their history")
class NotificationController {

	private static final MethodParameter BULK_BODY = BulkJson.body(NotificationController.class, "sendBulk");

	private final NotificationService notifications;

	private final BulkNotificationService bulk;

	private final NotificationViews views;

	private final BackgroundWorkers bulkWorkers;

	private final BulkJson bulkJson;

	NotificationController(NotificationService notifications, BulkNotificationService bulk, NotificationViews views,
			BackgroundWorkers bulkWorkers, JsonMapper json, Validator validator) {
		this.notifications = notifications;
		this.bulk = bulk;
		this.views = views;
		this.bulkWorkers = bulkWorkers;
		this.bulkJson = new BulkJson(json, validator);
	}

	@PostMapping("/email")
	@Operation(summary = "Render a template and queue it for email (201 pending; 200 with the existing "
			+ "notification when the idempotency key was seen before)")
	@ApiResponse(responseCode = "201", description = "The queued notification", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The existing notification for the same idempotency key",
			useReturnTypeSchema = true)
	ResponseEntity<NotificationView> sendEmail(@Valid @RequestBody SendEmailRequest request) {
		return answer(this.notifications.queue(SendNotification.email(request)));
	}

	@PostMapping("/sms")
	@Operation(summary = "Render a template and queue it as a text message (like email)")
	@ApiResponse(responseCode = "201", description = "The queued notification", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "200", description = "The existing notification for the same idempotency key",
			useReturnTypeSchema = true)
	ResponseEntity<NotificationView> sendSms(@Valid @RequestBody SendSmsRequest request) {
		return answer(this.notifications.queue(SendNotification.sms(request)));
	}

	@PostMapping(path = "/bulk", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(
			summary = "Render and queue many notifications, all or none (202; duplicates by idempotency key "
					+ "return the existing notification)",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = BulkNotificationRequest.class))))
	@ApiResponse(responseCode = "202", description = "Accepted",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BulkNotificationResponse.class)))
	CompletableFuture<ResponseEntity<byte[]>> sendBulk(@RequestBody byte[] body) {
		return this.bulkJson.answer(this.bulkWorkers, body, BULK_BODY, BulkNotificationRequest.class,
				HttpStatus.ACCEPTED, (request) -> {
					List<SendNotification> commands = request.items().stream().map(SendNotification::item).toList();
					return new BulkNotificationResponse(
							this.bulk.queueAll(commands).stream().map(NotificationViews::of).toList());
				});
	}

	@GetMapping("/{notification_id}")
	@Operation(summary = "One notification")
	NotificationView get(@PathVariable("notification_id") long notificationId) {
		return this.views.of(this.notifications.get(notificationId));
	}

	@GetMapping("/order/{order_id}")
	@Operation(summary = "Every notification about one order, oldest first")
	List<NotificationView> forOrder(@PathVariable("order_id") long orderId) {
		return this.notifications.forOrder(orderId).stream().map(this.views::of).toList();
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "Notifications, newest first, optionally by status and batch")
	NotificationPage list(
			@RequestParam(required = false) @Pattern(regexp = "(?i)pending|sent|failed",
					message = "must be one of pending, sent, failed") String status,
			@RequestParam(name = "batch_id",
					required = false) @Size(max = FieldFormats.MAX_BATCH_ID_LENGTH) String batchId,
			@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		NotificationFilter filter = new NotificationFilter(NotificationViews.status(status), batchId);
		NotificationSlice slice = this.notifications.list(filter, skip, limit);
		return new NotificationPage(slice.items().stream().map(this.views::of).toList(), slice.total(), skip, limit);
	}

	private ResponseEntity<NotificationView> answer(Accepted accepted) {
		NotificationView view = this.views.of(accepted.notification());
		if (accepted.duplicate()) {
			return ResponseEntity.ok(view);
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/notifications/{id}")
			.buildAndExpand(view.id())
			.toUri();
		return ResponseEntity.created(location).body(view);
	}

}

package com.orderplatform.order.notification;

import java.util.function.Supplier;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.notification.api.BulkNotificationResponse;
import com.orderplatform.notification.api.NotificationPage;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.order.OrderServiceProperties;
import com.orderplatform.order.auth.ServiceTokenInterceptor;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the notification service ({@code oms.notification-service}). Transient failures
 * (including 429 when its rate limit is reached) are retried with backoff.
 */
@Component
public class NotificationClient {

	static final String SERVICE = "notification-service";

	private final RestClient client;

	private final RetryTemplate retry;

	NotificationClient(RestClient.Builder builder, OrderServiceProperties properties,
			ServiceTokenInterceptor serviceToken) {
		this.client = ServiceClients.restClient(builder.clone().requestInterceptor(serviceToken),
				properties.notificationService());
		this.retry = ServiceClients.retryTemplate(properties.notificationService());
	}

	/**
	 * Asks for a templated email ({@code POST /api/v1/notifications/email}).
	 * @param request the recipient, template and its data
	 * @return the notification the service recorded
	 * @throws NotificationServiceException when the request was rejected or the service
	 * could not be reached
	 */
	public NotificationView sendEmail(SendEmailRequest request) {
		return call(() -> this.client.post()
			.uri("/api/v1/notifications/email")
			.body(request)
			.retrieve()
			.body(NotificationView.class));
	}

	/**
	 * Queues many notifications at once ({@code POST /api/v1/notifications/bulk}); items
	 * with an idempotency key seen before are answered, not queued again.
	 * @param request the notifications
	 * @return what was queued
	 * @throws NotificationServiceException when the request was rejected or the service
	 * could not be reached
	 */
	public BulkNotificationResponse sendBulk(BulkNotificationRequest request) {
		return call(() -> this.client.post()
			.uri("/api/v1/notifications/bulk")
			.body(request)
			.retrieve()
			.body(BulkNotificationResponse.class));
	}

	/**
	 * How many notifications a batch has ({@code GET /api/v1/notifications?batch_id=}).
	 * @param batchId the batch
	 * @return the count, whatever their status
	 * @throws NotificationServiceException when the service could not be reached
	 */
	public long countForBatch(String batchId) {
		NotificationPage page = call(() -> this.client.get()
			.uri(uri -> uri.path("/api/v1/notifications")
				.queryParam("batch_id", batchId)
				.queryParam("limit", 1)
				.build())
			.retrieve()
			.body(NotificationPage.class));
		return (page != null) ? page.total() : 0;
	}

	private <T> T call(Supplier<T> call) {
		try {
			return ServiceClients.callWithRetry(this.retry, call);
		}
		catch (RestClientException ex) {
			throw new NotificationServiceException(RemoteProblems.describe(SERVICE, ex), ServiceClients.isTransient(ex),
					ex);
		}
	}

}

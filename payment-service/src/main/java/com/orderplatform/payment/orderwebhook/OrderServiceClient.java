package com.orderplatform.payment.orderwebhook;

import java.nio.charset.StandardCharsets;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.common.security.WebhookSignatures;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Calls the order service's payment webhook, one attempt per call: the outbox decides
 * when to try again. Every attempt carries a fresh {@value WebhookSignatures#HEADER}
 * signature of the exact JSON bytes stored in the outbox, and the event's stable id
 * ({@value #EVENT_ID_HEADER}), the same at every attempt, by which a receiver can tell a
 * repeat.
 */
@Component
class OrderServiceClient {

	/** The header carrying the webhook's stable event id. */
	static final String EVENT_ID_HEADER = "X-OMS-Event-Id";

	private static final String SERVICE = "order-service";

	private final RestClient client;

	private final WebhookSigner signer;

	OrderServiceClient(RestClient.Builder builder, OrderServiceProperties properties, WebhookSigner signer) {
		this.client = ServiceClients.restClient(builder, properties.toClientProperties());
		this.signer = signer;
	}

	/**
	 * Sends one webhook once.
	 * @param entry the webhook
	 * @return delivered, or failed with the reason and whether trying again may help (no
	 * connection, a timeout, a 5xx or a 429) or not (any other 4xx)
	 */
	WebhookAttempt send(OutboxEntry entry) {
		byte[] bytes = entry.payload().getBytes(StandardCharsets.UTF_8);
		String path = entry.path();
		try {
			this.client.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_JSON)
				.header(WebhookSignatures.HEADER, this.signer.sign("POST", path, bytes))
				.header(EVENT_ID_HEADER, entry.id())
				.body(bytes)
				.retrieve()
				.toBodilessEntity();
			return WebhookAttempt.DELIVERED;
		}
		catch (RuntimeException ex) {
			String reason = RemoteProblems.describe(SERVICE, ex);
			return ServiceClients.isTransient(ex) ? WebhookAttempt.transientFailure(reason)
					: WebhookAttempt.refused(reason);
		}
	}

	/**
	 * The outcome of one attempt.
	 *
	 * @param delivered whether the order service accepted it
	 * @param retryable whether another attempt may succeed
	 * @param reason why it failed, {@code null} when delivered
	 */
	record WebhookAttempt(boolean delivered, boolean retryable, String reason) {

		static final WebhookAttempt DELIVERED = new WebhookAttempt(true, false, null);

		static WebhookAttempt transientFailure(String reason) {
			return new WebhookAttempt(false, true, reason);
		}

		static WebhookAttempt refused(String reason) {
			return new WebhookAttempt(false, false, reason);
		}

	}

}

package com.orderplatform.payment.orderwebhook;

import java.time.Clock;
import java.time.Instant;

import com.orderplatform.common.web.RequestIds;
import com.orderplatform.payment.orderwebhook.OrderServiceClient.WebhookAttempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One attempt at one claimed webhook and its outcome in the outbox: delivered; due again
 * after the back-off; or given up, when the order service refused it (a 4xx other than
 * 429: sending the same again cannot help) or every attempt was used. A failed webhook
 * never changes the payment; the order service can read it at any time.
 */
final class WebhookSend {

	private static final Logger log = LoggerFactory.getLogger(WebhookSend.class);

	private final WebhookOutbox outbox;

	private final OrderServiceClient client;

	private final WebhookOutboxProperties properties;

	private final Clock clock;

	private final String owner;

	WebhookSend(WebhookOutbox outbox, OrderServiceClient client, WebhookOutboxProperties properties, Clock clock,
			String owner) {
		this.outbox = outbox;
		this.client = client;
		this.properties = properties;
		this.clock = clock;
		this.owner = owner;
	}

	void send(OutboxEntry entry) {
		WebhookAttempt attempt;
		// The request that caused the change travels with its webhook (X-Request-Id).
		try (MDC.MDCCloseable requestId = (entry.requestId() != null)
				? MDC.putCloseable(RequestIds.MDC_KEY, entry.requestId()) : null) {
			attempt = this.client.send(entry);
		}
		int attempts = entry.attempts() + 1;
		Instant now = this.clock.instant();
		boolean recorded;
		if (attempt.delivered()) {
			recorded = this.outbox.delivered(entry, this.owner, now);
			log.info(
					"Order service accepted the {} webhook of payment {} for order {} (event {}, attempt {}, sent by {})",
					entry.eventType(), entry.paymentId(), entry.orderId(), entry.id(), attempts, this.owner);
		}
		else if (attempt.retryable() && attempts < this.properties.maxAttempts()) {
			Instant next = now.plus(this.properties.backoffAfter(attempts));
			recorded = this.outbox.retryLater(entry, this.owner, next, attempt.reason());
			log.info(
					"The {} webhook of payment {} for order {} (event {}) failed at attempt {}: {}; next attempt at {}",
					entry.eventType(), entry.paymentId(), entry.orderId(), entry.id(), attempts, attempt.reason(),
					next);
		}
		else {
			recorded = this.outbox.failed(entry, this.owner, attempt.reason());
			log.warn("The {} webhook of payment {} for order {} (event {}) was given up after {} attempt(s): {}",
					entry.eventType(), entry.paymentId(), entry.orderId(), entry.id(), attempts, attempt.reason());
		}
		if (!recorded) {
			log.warn("Webhook {} of payment {} was taken over by another instance while this one sent it; that "
					+ "instance sends it again", entry.id(), entry.paymentId());
		}
	}

}

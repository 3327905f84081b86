package com.orderplatform.payment.orderwebhook;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.common.web.RequestIds;
import com.orderplatform.order.api.PaymentWebhookRequest;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Owes the order service a webhook for every payment status change: writes it into the
 * outbox in the very transaction that stores the change (so it exists exactly when the
 * change committed, and survives a crash), and wakes this instance's drainer once that
 * transaction has committed, so the webhook leaves at once. The request id of the
 * triggering request is stored with it.
 */
@Component
class PaymentWebhookPublisher {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): a status change and its
	 * outbox row committed, the webhook not sent.
	 */
	static final String AFTER_WEBHOOK_COMMIT = "after-webhook-commit";

	private final WebhookOutbox outbox;

	private final WebhookDrainer drainer;

	private final JsonMapper json;

	private final Clock clock;

	PaymentWebhookPublisher(WebhookOutbox outbox, WebhookDrainer drainer, JsonMapper json, Clock clock) {
		this.outbox = outbox;
		this.drainer = drainer;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void owe(PaymentStatusChanged change) {
		String status = change.status().name().toLowerCase(Locale.ROOT);
		// Serialized once and stored: every attempt sends, and signs, these bytes.
		String payload = this.json
			.writeValueAsString(new PaymentWebhookRequest(status, change.transactionId(), change.reason()));
		String requestId = RequestIds.current();
		this.outbox.add(
				new OutboxEntry(UUID.randomUUID().toString(), change.paymentId(), change.orderId(), "payment." + status,
						payload, "-".equals(requestId) ? null : requestId, 0),
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void committed(PaymentStatusChanged change) {
		CrashPoint.reached(AFTER_WEBHOOK_COMMIT);
		this.drainer.wakeUp();
	}

}

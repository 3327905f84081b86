package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.orderplatform.common.logging.Masked;
import com.orderplatform.notification.delivery.DeliveryFailedException;
import com.orderplatform.notification.notification.IllegalNotificationStateException;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Makes one delivery attempt for a claimed notification, whose send permit the dispatcher
 * has already taken: hands it to the transport and records the outcome (sent, due again
 * after a back-off, or failed). No database transaction is open while the transport talks
 * to a mail server.
 */
@Component
class NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

	private final NotificationQueue queue;

	private final NotificationCourier courier;

	private final RetryPolicy retries;

	private final Clock clock;

	NotificationSender(NotificationQueue queue, NotificationCourier courier, RetryPolicy retries, Clock clock) {
		this.queue = queue;
		this.courier = courier;
		this.retries = retries;
		this.clock = clock;
	}

	/**
	 * Delivers a claimed notification once and records the outcome.
	 * @param notification the claimed notification
	 * @param claimant the instance id that claimed it
	 * @param startedAt when its send permit was granted: its {@code sent_at} if it goes
	 * through
	 */
	void deliver(Notification notification, String claimant, Instant startedAt) {
		attempt(notification, startedAt);
		try {
			this.queue.saveDeliveryOutcome(notification, claimant);
		}
		catch (IllegalNotificationStateException ex) {
			log.warn("Outcome of notification {} not recorded: {}", notification.id(), ex.getMessage());
		}
	}

	private void attempt(Notification notification, Instant startedAt) {
		int attempt = notification.attempts() + 1;
		try {
			this.courier.deliver(notification);
			notification.markSent(startedAt);
			log.info("Notification {} for order {} ({}) sent, attempt {}", notification.id(), notification.orderId(),
					notification.template(), attempt);
		}
		catch (DeliveryFailedException ex) {
			Optional<Instant> retryAt = this.retries.nextAttempt(attempt, ex.isPermanent(),
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
			if (retryAt.isPresent()) {
				notification.retryAt(retryAt.get());
				log.warn("Notification {} for order {}: attempt {} failed, retrying at {}: {}", notification.id(),
						notification.orderId(), attempt, retryAt.get(), Masked.addressesIn(ex.getMessage()));
			}
			else {
				notification.markFailed(ex.getMessage());
				log.warn("Notification {} for order {} failed after {} attempt(s){}: {}", notification.id(),
						notification.orderId(), attempt, ex.isPermanent() ? " (permanent failure)" : "",
						Masked.addressesIn(ex.getMessage()));
			}
		}
	}

}

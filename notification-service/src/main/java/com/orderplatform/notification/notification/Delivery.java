package com.orderplatform.notification.notification;

import java.time.Instant;

/**
 * The part of a notification that changes: its delivery. Each finished attempt makes a
 * new value; {@link Notification} guards which moves are allowed.
 *
 * @param status pending, sent or failed
 * @param failureReason why it failed, otherwise {@code null}
 * @param sentAt when it was sent, otherwise {@code null}
 * @param attempts finished delivery attempts
 * @param nextAttemptAt when the next attempt is due, {@code null} once sent or failed
 */
public record Delivery(DeliveryStatus status, String failureReason, Instant sentAt, int attempts,
		Instant nextAttemptAt) {

	/** Failure reasons longer than this are cut: they come from remote servers. */
	static final int MAX_FAILURE_REASON_LENGTH = 1000;

	static Delivery dueAt(Instant acceptedAt) {
		return new Delivery(DeliveryStatus.PENDING, null, null, 0, acceptedAt);
	}

	Delivery sent(Instant at) {
		return new Delivery(DeliveryStatus.SENT, this.failureReason, at, this.attempts + 1, null);
	}

	Delivery failed(String reason) {
		String text = (reason == null || reason.isBlank()) ? "unknown delivery failure" : reason.strip();
		String kept = (text.length() > MAX_FAILURE_REASON_LENGTH)
				? text.substring(0, MAX_FAILURE_REASON_LENGTH - 1) + "…" : text;
		return new Delivery(DeliveryStatus.FAILED, kept, this.sentAt, this.attempts + 1, null);
	}

	Delivery dueAgainAt(Instant next) {
		return new Delivery(this.status, this.failureReason, this.sentAt, this.attempts + 1, next);
	}

}

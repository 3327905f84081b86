package com.orderplatform.notification.notification;

import java.time.Instant;
import java.util.Objects;

import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

/**
 * One rendered message to one recipient about one order. Everything but the delivery is
 * fixed when the notification is accepted (the message is rendered then, not when it is
 * sent): its {@link Content} and {@link Queueing}. The {@link Delivery} moves through
 * attempts: each one ends in {@link #markSent(Instant)}, {@link #markFailed(String)} or,
 * after a transient failure, {@link #retryAt(Instant)}.
 */
public final class Notification {

	/** Failure reasons longer than this are cut: they come from remote servers. */
	static final int MAX_FAILURE_REASON_LENGTH = Delivery.MAX_FAILURE_REASON_LENGTH;

	private final Long id;

	private final Content content;

	private final Instant createdAt;

	private final Queueing queueing;

	private Delivery delivery;

	private Notification(Long id, Content content, Instant createdAt, Queueing queueing, Delivery delivery) {
		this.id = id;
		this.content = Objects.requireNonNull(content, "content");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.queueing = Objects.requireNonNull(queueing, "queueing");
		this.delivery = Objects.requireNonNull(delivery, "delivery");
	}

	/**
	 * A new notification without batch or idempotency key, due at once, not yet saved.
	 * @param orderId the order it is about
	 * @param template the template it was rendered from
	 * @param recipient the email address or phone number
	 * @param message the rendered subject and body
	 * @param createdAt when it was accepted
	 * @return the notification
	 */
	public static Notification accept(long orderId, TemplateKey template, String recipient, RenderedMessage message,
			Instant createdAt) {
		return accept(new Content(orderId, template, recipient, message), Queueing.NONE, createdAt);
	}

	/**
	 * A new notification, pending and due at once, not yet saved.
	 * @param content what is sent to whom
	 * @param queueing its batch and idempotency key
	 * @param createdAt when it was accepted
	 * @return the notification
	 */
	public static Notification accept(Content content, Queueing queueing, Instant createdAt) {
		return new Notification(null, content, createdAt, queueing, Delivery.dueAt(createdAt));
	}

	/** A stored notification as read back, for the repositories. */
	public static Notification restore(long id, Content content, Instant createdAt, Queueing queueing,
			Delivery delivery) {
		return new Notification(id, content, createdAt, queueing, delivery);
	}

	/** The same notification with the id the database gave it, for the repositories. */
	public Notification withId(long newId) {
		return new Notification(newId, this.content, this.createdAt, this.queueing, this.delivery);
	}

	/**
	 * Records that an attempt succeeded: the transport accepted the message.
	 * @param at when the send started
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markSent(Instant at) {
		requireMove(DeliveryStatus.SENT);
		this.delivery = this.delivery.sent(Objects.requireNonNull(at, "at"));
	}

	/**
	 * Records that the last attempt failed and no other will be made.
	 * @param reason what went wrong, for the people who read the notification history;
	 * cut to {@value #MAX_FAILURE_REASON_LENGTH} characters
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markFailed(String reason) {
		requireMove(DeliveryStatus.FAILED);
		this.delivery = this.delivery.failed(reason);
	}

	/**
	 * Records that an attempt failed and the notification stays pending for another.
	 * @param next when the next attempt is due
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void retryAt(Instant next) {
		if (status() != DeliveryStatus.PENDING) {
			throw IllegalNotificationStateException.transition(this.id, status(), DeliveryStatus.PENDING);
		}
		this.delivery = this.delivery.dueAgainAt(Objects.requireNonNull(next, "next"));
	}

	private void requireMove(DeliveryStatus target) {
		if (!status().canMoveTo(target)) {
			throw IllegalNotificationStateException.transition(this.id, status(), target);
		}
	}

	/**
	 * The {@code Message-ID} its email carries, the same on every attempt: built from the
	 * id and the creation time, so that it stays unique even when a database is recreated
	 * and ids start again from 1.
	 * @param domain the right-hand side, the sender's domain
	 * @return e.g. {@code <notification-42.1764583200123@shop.example>}, {@code null} for
	 * SMS or before the notification is saved
	 */
	public String emailMessageId(String domain) {
		if (channel() != Channel.EMAIL || this.id == null) {
			return null;
		}
		return "<notification-%d.%d@%s>".formatted(this.id, this.createdAt.toEpochMilli(), domain);
	}

	/**
	 * The lane it waits in: bulk for a message of a batch (except an import's summary),
	 * transactional otherwise.
	 * @return the lane
	 */
	public Lane lane() {
		return Lane.of(batchId(), template().name());
	}

	/**
	 * The id, once saved.
	 * @return the id, {@code null} before the notification is saved
	 */
	public Long id() {
		return this.id;
	}

	public long orderId() {
		return this.content.orderId();
	}

	public Channel channel() {
		return this.content.template().channel();
	}

	public TemplateKey template() {
		return this.content.template();
	}

	public String recipient() {
		return this.content.recipient();
	}

	public RenderedMessage message() {
		return this.content.message();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String batchId() {
		return this.queueing.batchId();
	}

	public String idempotencyKey() {
		return this.queueing.idempotencyKey();
	}

	public DeliveryStatus status() {
		return this.delivery.status();
	}

	public String failureReason() {
		return this.delivery.failureReason();
	}

	public Instant sentAt() {
		return this.delivery.sentAt();
	}

	public int attempts() {
		return this.delivery.attempts();
	}

	public Instant nextAttemptAt() {
		return this.delivery.nextAttemptAt();
	}

}

package com.orderplatform.notification.notification;

import java.time.Instant;
import java.util.Objects;

import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

/**
 * One rendered message to one recipient about one order. Everything but the delivery is
 * fixed when the notification is accepted (the message is rendered then, not when it is
 * sent). The delivery moves through attempts: each one ends in
 * {@link #markSent(Instant)}, {@link #markFailed(String)} or, after a transient failure,
 * {@link #retryAt(Instant)}.
 */
public final class Notification {

	/** Failure reasons longer than this are cut: they come from remote servers. */
	static final int MAX_FAILURE_REASON_LENGTH = 1000;

	private final Long id;

	private final long orderId;

	private final TemplateKey template;

	private final String recipient;

	private final RenderedMessage message;

	private final Instant createdAt;

	private final Queueing queueing;

	private DeliveryStatus status;

	private String failureReason;

	private Instant sentAt;

	private int attempts;

	private Instant nextAttemptAt;

	private Notification(Long id, Content content, Instant createdAt, Queueing queueing, Delivery delivery) {
		this.id = id;
		this.orderId = content.orderId();
		this.template = Objects.requireNonNull(content.template(), "template");
		this.recipient = Objects.requireNonNull(content.recipient(), "recipient");
		this.message = Objects.requireNonNull(content.message(), "message");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.queueing = Objects.requireNonNull(queueing, "queueing");
		this.status = delivery.status();
		this.failureReason = delivery.failureReason();
		this.sentAt = delivery.sentAt();
		this.attempts = delivery.attempts();
		this.nextAttemptAt = delivery.nextAttemptAt();
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
		return new Notification(null, content, createdAt, queueing,
				new Delivery(DeliveryStatus.PENDING, null, null, 0, createdAt));
	}

	static Notification restore(long id, Content content, Instant createdAt, Queueing queueing, Delivery delivery) {
		return new Notification(id, content, createdAt, queueing, delivery);
	}

	Notification withId(long newId) {
		return new Notification(newId, content(), this.createdAt, this.queueing, delivery());
	}

	/**
	 * Records that an attempt succeeded: the transport accepted the message.
	 * @param at when the send started
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markSent(Instant at) {
		moveTo(DeliveryStatus.SENT);
		this.sentAt = Objects.requireNonNull(at, "at");
		finishAttempt(null);
	}

	/**
	 * Records that the last attempt failed and no other will be made.
	 * @param reason what went wrong, for the people who read the notification history
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markFailed(String reason) {
		moveTo(DeliveryStatus.FAILED);
		String text = (reason == null || reason.isBlank()) ? "unknown delivery failure" : reason.strip();
		this.failureReason = (text.length() > MAX_FAILURE_REASON_LENGTH)
				? text.substring(0, MAX_FAILURE_REASON_LENGTH - 1) + "…" : text;
		finishAttempt(null);
	}

	/**
	 * Records that an attempt failed and the notification stays pending for another.
	 * @param next when the next attempt is due
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void retryAt(Instant next) {
		if (this.status != DeliveryStatus.PENDING) {
			throw IllegalNotificationStateException.transition(this.id, this.status, DeliveryStatus.PENDING);
		}
		finishAttempt(Objects.requireNonNull(next, "next"));
	}

	private void finishAttempt(Instant next) {
		this.attempts++;
		this.nextAttemptAt = next;
	}

	private void moveTo(DeliveryStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw IllegalNotificationStateException.transition(this.id, this.status, target);
		}
		this.status = target;
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
	 * The id, once saved.
	 * @return the id, {@code null} before the notification is saved
	 */
	public Long id() {
		return this.id;
	}

	/**
	 * The order this notification is about (a logical reference to order-service).
	 * @return the order's id
	 */
	public long orderId() {
		return this.orderId;
	}

	/**
	 * How it is delivered.
	 * @return email or SMS
	 */
	public Channel channel() {
		return this.template.channel();
	}

	/**
	 * The template it was rendered from.
	 * @return name, channel and language
	 */
	public TemplateKey template() {
		return this.template;
	}

	/**
	 * Who receives it.
	 * @return an email address or phone number
	 */
	public String recipient() {
		return this.recipient;
	}

	/**
	 * What it says.
	 * @return the rendered subject (email only) and body
	 */
	public RenderedMessage message() {
		return this.message;
	}

	/**
	 * When it was accepted.
	 * @return the instant, UTC
	 */
	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * The batch it was queued with.
	 * @return the batch id, {@code null} if none
	 */
	public String batchId() {
		return this.queueing.batchId();
	}

	/**
	 * The lane it waits in: bulk for a message of a batch (except an import's summary),
	 * transactional otherwise.
	 * @return the lane
	 */
	public Lane lane() {
		return Lane.of(batchId(), this.template.name());
	}

	/**
	 * The caller's name for this message.
	 * @return the idempotency key, {@code null} if none
	 */
	public String idempotencyKey() {
		return this.queueing.idempotencyKey();
	}

	/**
	 * Where its delivery stands.
	 * @return pending, sent or failed
	 */
	public DeliveryStatus status() {
		return this.status;
	}

	/**
	 * Why delivery failed.
	 * @return the reason, {@code null} unless failed
	 */
	public String failureReason() {
		return this.failureReason;
	}

	/**
	 * When the successful send started.
	 * @return the instant, {@code null} unless sent
	 */
	public Instant sentAt() {
		return this.sentAt;
	}

	/**
	 * How many delivery attempts have finished.
	 * @return 0 while the first is outstanding
	 */
	public int attempts() {
		return this.attempts;
	}

	/**
	 * When the next delivery attempt is due.
	 * @return the instant, {@code null} once sent or failed
	 */
	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	Content content() {
		return new Content(this.orderId, this.template, this.recipient, this.message);
	}

	Queueing queueing() {
		return this.queueing;
	}

	Delivery delivery() {
		return new Delivery(this.status, this.failureReason, this.sentAt, this.attempts, this.nextAttemptAt);
	}

	/**
	 * What a notification says to whom, fixed when it is accepted.
	 *
	 * @param orderId the order it is about
	 * @param template the template it was rendered from
	 * @param recipient the email address or phone number
	 * @param message the rendered subject and body
	 */
	public record Content(long orderId, TemplateKey template, String recipient, RenderedMessage message) {
	}

	/**
	 * How a notification was queued.
	 *
	 * @param batchId the batch it belongs to, or {@code null}
	 * @param idempotencyKey the caller's name for it, or {@code null}
	 */
	public record Queueing(String batchId, String idempotencyKey) {

		/** Neither batch nor key. */
		public static final Queueing NONE = new Queueing(null, null);

	}

	/**
	 * The part of a notification that changes: its delivery.
	 *
	 * @param status pending, sent or failed
	 * @param failureReason why it failed, otherwise {@code null}
	 * @param sentAt when it was sent, otherwise {@code null}
	 * @param attempts finished delivery attempts
	 * @param nextAttemptAt when the next attempt is due, {@code null} once sent or failed
	 */
	record Delivery(DeliveryStatus status, String failureReason, Instant sentAt, int attempts, Instant nextAttemptAt) {
	}

}

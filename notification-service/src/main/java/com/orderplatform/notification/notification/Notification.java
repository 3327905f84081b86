package com.orderplatform.notification.notification;

import java.time.Instant;
import java.util.Objects;

import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

/**
 * One rendered message to one recipient about one order. Everything but the delivery
 * outcome is fixed when the notification is accepted; the outcome changes once, through
 * {@link #markSent(Instant)} or {@link #markFailed(String)}.
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

	private DeliveryStatus status;

	private String failureReason;

	private Instant sentAt;

	private Notification(Long id, long orderId, TemplateKey template, String recipient, RenderedMessage message,
			Instant createdAt, Delivery delivery) {
		this.id = id;
		this.orderId = orderId;
		this.template = Objects.requireNonNull(template, "template");
		this.recipient = Objects.requireNonNull(recipient, "recipient");
		this.message = Objects.requireNonNull(message, "message");
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
		this.status = delivery.status();
		this.failureReason = delivery.failureReason();
		this.sentAt = delivery.sentAt();
	}

	/**
	 * A new notification, pending delivery and not yet saved.
	 * @param orderId the order it is about
	 * @param template the template it was rendered from
	 * @param recipient the email address or phone number
	 * @param message the rendered subject and body
	 * @param createdAt when it was accepted
	 * @return the notification
	 */
	public static Notification accept(long orderId, TemplateKey template, String recipient, RenderedMessage message,
			Instant createdAt) {
		return new Notification(null, orderId, template, recipient, message, createdAt,
				new Delivery(DeliveryStatus.PENDING, null, null));
	}

	static Notification restore(long id, long orderId, TemplateKey template, String recipient, RenderedMessage message,
			Instant createdAt, Delivery delivery) {
		return new Notification(id, orderId, template, recipient, message, createdAt, delivery);
	}

	Notification withId(long newId) {
		return new Notification(newId, this.orderId, this.template, this.recipient, this.message, this.createdAt,
				delivery());
	}

	/**
	 * Records that the transport accepted the message.
	 * @param at when it did
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markSent(Instant at) {
		moveTo(DeliveryStatus.SENT);
		this.sentAt = Objects.requireNonNull(at, "at");
	}

	/**
	 * Records that delivery failed and why.
	 * @param reason what went wrong, for the people who read the notification history
	 * @throws IllegalNotificationStateException unless the notification is pending
	 */
	public void markFailed(String reason) {
		moveTo(DeliveryStatus.FAILED);
		String text = (reason == null || reason.isBlank()) ? "unknown delivery failure" : reason.strip();
		this.failureReason = (text.length() > MAX_FAILURE_REASON_LENGTH)
				? text.substring(0, MAX_FAILURE_REASON_LENGTH - 1) + "…" : text;
	}

	private void moveTo(DeliveryStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw IllegalNotificationStateException.transition(this.id, this.status, target);
		}
		this.status = target;
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
	 * When its transport accepted it.
	 * @return the instant, {@code null} unless sent
	 */
	public Instant sentAt() {
		return this.sentAt;
	}

	Delivery delivery() {
		return new Delivery(this.status, this.failureReason, this.sentAt);
	}

	/**
	 * The part of a notification that changes: its delivery outcome.
	 *
	 * @param status pending, sent or failed
	 * @param failureReason why it failed, otherwise {@code null}
	 * @param sentAt when it was sent, otherwise {@code null}
	 */
	record Delivery(DeliveryStatus status, String failureReason, Instant sentAt) {
	}

}

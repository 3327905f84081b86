package com.orderplatform.notification;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderplatform.notification.delivery.DeliveryFailedException;
import com.orderplatform.notification.delivery.EmailMessage;
import com.orderplatform.notification.delivery.EmailTransport;
import com.orderplatform.notification.delivery.SmsMessage;
import com.orderplatform.notification.delivery.SmsTransport;

/**
 * Email and SMS transports that remember every call and fail as the recipient's address
 * says: {@code fail-twice…@} fails the first two attempts of each notification,
 * {@code always-fail…@} every attempt (both transient), {@code rejected…@} is refused
 * permanently; anything else is accepted.
 */
public final class ScriptedTransports implements EmailTransport, SmsTransport {

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final Map<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

	@Override
	public void send(EmailMessage message) {
		this.calls.add(new Call(message.notificationId(), "email", message.to(), message.messageId()));
		int attempt = this.attempts.computeIfAbsent(message.notificationId(), (id) -> new AtomicInteger())
			.incrementAndGet();
		if (message.to().startsWith("fail-twice") && attempt <= 2) {
			throw new DeliveryFailedException("simulated timeout on attempt " + attempt, null);
		}
		if (message.to().startsWith("always-fail")) {
			throw new DeliveryFailedException("simulated provider outage", null);
		}
		if (message.to().startsWith("rejected")) {
			throw DeliveryFailedException.permanent("550 5.1.1 mailbox unknown", null);
		}
	}

	@Override
	public void send(SmsMessage message) {
		this.calls.add(new Call(message.notificationId(), "sms", message.to(), null));
	}

	/**
	 * Every call so far, in order.
	 * @return the calls
	 */
	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	/**
	 * The calls for one notification.
	 * @param notificationId the notification
	 * @return its calls, in order
	 */
	public List<Call> callsFor(long notificationId) {
		return this.calls.stream().filter((call) -> call.notificationId() == notificationId).toList();
	}

	/** Forgets every call. */
	public void reset() {
		this.calls.clear();
		this.attempts.clear();
	}

	/**
	 * One call of a transport.
	 *
	 * @param notificationId the notification delivered
	 * @param channel {@code email} or {@code sms}
	 * @param recipient the address or number
	 * @param messageId the email's Message-ID, {@code null} for SMS
	 */
	public record Call(long notificationId, String channel, String recipient, String messageId) {
	}

}

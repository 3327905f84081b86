package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.orderplatform.notification.delivery.EmailMessage;
import com.orderplatform.notification.delivery.EmailTransport;
import com.orderplatform.notification.delivery.SmsMessage;
import com.orderplatform.notification.delivery.SmsTransport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Transports that accept everything and remember, per notification, when it reached them
 * (on the system clock, as {@code created_at} is stamped in the real-time tests) and how
 * often.
 */
final class ReceiptTimes implements EmailTransport, SmsTransport {

	private final Clock clock = Clock.systemUTC();

	private final Map<Long, Instant> firstReceipt = new ConcurrentHashMap<>();

	private final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();

	@Override
	public void send(EmailMessage message) {
		received(message.notificationId());
	}

	@Override
	public void send(SmsMessage message) {
		received(message.notificationId());
	}

	private void received(long id) {
		this.firstReceipt.putIfAbsent(id, this.clock.instant());
		this.calls.computeIfAbsent(id, (key) -> new AtomicInteger()).incrementAndGet();
	}

	/**
	 * When a notification first reached the transport.
	 * @param id the notification
	 * @return the moment, or {@code null} if it has not
	 */
	Instant receivedAt(long id) {
		return this.firstReceipt.get(id);
	}

	/**
	 * How often a notification reached the transport.
	 * @param id the notification
	 * @return the number of calls
	 */
	int callsFor(long id) {
		AtomicInteger count = this.calls.get(id);
		return (count != null) ? count.get() : 0;
	}

	/** Forgets every call. */
	void reset() {
		this.firstReceipt.clear();
		this.calls.clear();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		ReceiptTimes receiptTimes() {
			return new ReceiptTimes();
		}

	}

}

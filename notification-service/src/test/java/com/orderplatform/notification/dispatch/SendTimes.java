package com.orderplatform.notification.dispatch;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.notification.intake.SendNotification;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The stored send times of the dispatch tests, and the questions asked about them. */
final class SendTimes {

	private SendTimes() {
	}

	/**
	 * Every stored {@code sent_at}, oldest first.
	 * @param jdbc the database
	 * @return the send times
	 */
	static List<Instant> stored(JdbcClient jdbc) {
		return jdbc.sql("SELECT sent_at FROM notifications WHERE sent_at IS NOT NULL ORDER BY sent_at")
			.query((rs, row) -> rs.getTimestamp("sent_at"))
			.list()
			.stream()
			.map(Timestamp::toInstant)
			.toList();
	}

	/**
	 * The most send times that fall within any one window of the given length, sliding
	 * over all of them.
	 * @param times send times, oldest first
	 * @param window the window's length
	 * @param closed whether a time exactly one window after the first counts too
	 * @return the largest count
	 */
	static int mostWithinAnyWindow(List<Instant> times, Duration window, boolean closed) {
		int most = 0;
		int first = 0;
		for (int last = 0; last < times.size(); last++) {
			while (outside(times.get(first), times.get(last), window, closed)) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	private static boolean outside(Instant first, Instant last, Duration window, boolean closed) {
		int comparison = Duration.between(first, last).compareTo(window);
		return closed ? comparison > 0 : comparison >= 0;
	}

	/**
	 * The gaps between consecutive send times.
	 * @param times send times, oldest first
	 * @return one gap fewer than times
	 */
	static List<Duration> gaps(List<Instant> times) {
		return IntStream.range(1, times.size())
			.mapToObj((i) -> Duration.between(times.get(i - 1), times.get(i)))
			.toList();
	}

	/**
	 * A shipping notice by email, for the bulk service.
	 * @param orderId the order
	 * @param recipient the address, which tells {@code ScriptedTransports} how to behave
	 * @param key the idempotency key
	 * @return the command
	 */
	static SendNotification shippingNotice(long orderId, String recipient, String key) {
		return new SendNotification(orderId, new TemplateKey("ORDER_SHIPPED", Channel.EMAIL, Language.JA), recipient,
				Map.of("customer_name", "田中太郎"), new Queueing("dispatch-test", key));
	}

	/**
	 * Shipping notices of one batch (bulk lane), or single ones (transactional lane).
	 * @param batchId the batch, or {@code null} for transactional messages
	 * @param keyPrefix the start of their idempotency keys, unique within a test
	 * @param count how many
	 * @return the commands, for orders 1 to {@code count}
	 */
	static List<SendNotification> shippingNotices(String batchId, String keyPrefix, int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((order) -> new SendNotification(order,
					new TemplateKey("ORDER_SHIPPED", Channel.EMAIL, Language.JA), "customer" + order + "@example.co.jp",
					Map.of("customer_name", "田中太郎"), new Queueing(batchId, keyPrefix + "-" + order)))
			.toList();
	}

	/**
	 * Which batch each sent notification belonged to, in the order they were sent
	 * ({@code transactional} for those without a batch).
	 * @param jdbc the database
	 * @return one entry per sent notification
	 */
	static List<String> sentBatches(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT COALESCE(batch_id, 'transactional') FROM notifications
				WHERE sent_at IS NOT NULL ORDER BY sent_at, id
				""").query(String.class).list();
	}

}

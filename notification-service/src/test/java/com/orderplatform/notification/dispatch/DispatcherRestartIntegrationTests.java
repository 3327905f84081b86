package com.orderplatform.notification.dispatch;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.orderplatform.notification.NotificationServiceApplication;
import com.orderplatform.notification.TestTime;
import com.orderplatform.notification.TestTimeConfiguration;
import com.orderplatform.notification.delivery.EmailMessage;
import com.orderplatform.notification.delivery.EmailTransport;
import com.orderplatform.notification.notification.intake.BulkNotificationService;
import com.orderplatform.notification.notification.store.Receipt;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static com.orderplatform.notification.dispatch.SendTimes.shippingNotice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service is stopped with a non-empty queue and started again on the same SQLite
 * file: the second run sends what the first left, and every notification reaches the
 * transport exactly once, counted per notification id across both runs. Two notifications
 * are left claimed as if their process had been killed mid-send: one by this instance
 * (taken back at once on restart), one by another instance that never came back (taken
 * over when its lease runs out).
 */
class DispatcherRestartIntegrationTests {

	private static final CountingTransport TRANSPORT = new CountingTransport();

	private static final String INSTANCE = "restart-test";

	@Test
	void resumesThePendingQueueAfterARestartAndSendsEveryNotificationExactlyOnce() throws Exception {
		Path database = TestDatabases.newSqliteFile("notification_restart");
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url(database)));
		TRANSPORT.holdCall(5);

		ConfigurableApplicationContext first = start(database);
		NotificationDispatcher firstDispatcher = first.getBean(NotificationDispatcher.class);
		List<Long> ids = first.getBean(BulkNotificationService.class)
			.queueAll(IntStream.rangeClosed(1, 30)
				.mapToObj((order) -> shippingNotice(order, "customer" + order + "@example.co.jp", "restart-" + order))
				.toList())
			.stream()
			.map(Receipt::id)
			.toList();
		assertThat(TRANSPORT.held.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> stopping = CompletableFuture.runAsync(first::close);
		await().atMost(Duration.ofSeconds(30)).until(() -> !firstDispatcher.isRunning());
		TRANSPORT.release.countDown();
		stopping.get(30, TimeUnit.SECONDS);

		assertThat(count(jdbc, "status = 'sent'")).isEqualTo(5);
		assertThat(count(jdbc, "status = 'pending' AND claimed_by IS NULL")).isEqualTo(25);
		long ownClaim = ids.get(10);
		long deadInstanceClaim = ids.get(20);
		claim(jdbc, ownClaim, INSTANCE, TestTime.START.plus(Duration.ofHours(1)));
		claim(jdbc, deadInstanceClaim, "gone-host:8002", TestTime.START.plus(Duration.ofSeconds(30)));

		ConfigurableApplicationContext second = start(database);
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> count(jdbc, "status = 'pending'") == 0);

			assertThat(count(jdbc, "status = 'sent'")).isEqualTo(30);
			assertThat(ids).allSatisfy((id) -> assertThat(TRANSPORT.callsFor(id)).as("calls for %d", id).isEqualTo(1));
			assertThat(TRANSPORT.total()).isEqualTo(30);
			assertThat(sentAt(jdbc, ownClaim)).isBefore(TestTime.START.plus(Duration.ofHours(1)));
			assertThat(sentAt(jdbc, deadInstanceClaim)).isAfterOrEqualTo(TestTime.START.plus(Duration.ofSeconds(30)));
			assertThat(count(jdbc, "claimed_by IS NOT NULL")).isZero();
		}
		finally {
			second.close();
		}
	}

	private static ConfigurableApplicationContext start(Path database) {
		return new SpringApplicationBuilder(NotificationServiceApplication.class, TestTimeConfiguration.class,
				CountingTransportConfiguration.class)
			.run("--spring.datasource.url=" + url(database), "--server.port=0",
					"--oms.notifications.instance-id=" + INSTANCE);
	}

	private static String url(Path database) {
		return "jdbc:sqlite:" + database + TestDatabases.SQLITE_PARAMETERS;
	}

	private static long count(JdbcClient jdbc, String condition) {
		return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE " + condition).query(Long.class).single();
	}

	private static void claim(JdbcClient jdbc, long id, String claimant, Instant until) {
		jdbc.sql("UPDATE notifications SET claimed_by = :claimant, claimed_until = :until WHERE id = :id")
			.param("claimant", claimant)
			.param("until", Timestamp.from(until))
			.param("id", id)
			.update();
	}

	private static Instant sentAt(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT sent_at FROM notifications WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> rs.getTimestamp("sent_at").toInstant())
			.single();
	}

	/**
	 * Counts sends per notification across both runs, and can hold one send until told to
	 * finish it, so that the first run is stopped in the middle of its queue.
	 */
	static final class CountingTransport implements EmailTransport {

		private final Map<Long, AtomicInteger> calls = new ConcurrentHashMap<>();

		private final AtomicInteger total = new AtomicInteger();

		private volatile int holdAt;

		final CountDownLatch held = new CountDownLatch(1);

		final CountDownLatch release = new CountDownLatch(1);

		void holdCall(int call) {
			this.holdAt = call;
		}

		@Override
		public void send(EmailMessage message) {
			this.calls.computeIfAbsent(message.notificationId(), (id) -> new AtomicInteger()).incrementAndGet();
			if (this.total.incrementAndGet() == this.holdAt) {
				this.held.countDown();
				try {
					this.release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		int callsFor(long id) {
			AtomicInteger count = this.calls.get(id);
			return (count != null) ? count.get() : 0;
		}

		int total() {
			return this.total.get();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingTransportConfiguration {

		@Bean
		@Primary
		EmailTransport countingEmailTransport() {
			return TRANSPORT;
		}

	}

}

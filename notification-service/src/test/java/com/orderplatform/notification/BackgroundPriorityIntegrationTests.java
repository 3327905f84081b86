package com.orderplatform.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.orderplatform.common.concurrent.BackgroundPriority;
import com.orderplatform.notification.delivery.EmailMessage;
import com.orderplatform.notification.delivery.EmailTransport;
import com.orderplatform.notification.delivery.SmsMessage;
import com.orderplatform.notification.delivery.SmsTransport;
import com.orderplatform.notification.notification.NotificationsQueued;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.orderplatform.notification.NotificationRequests.bulk;
import static com.orderplatform.notification.NotificationRequests.confirmationItem;
import static com.orderplatform.notification.NotificationRequests.email;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk requests are rendered and stored on a background worker at the configured nice
 * value ({@code oms.notifications.bulk.worker-nice}, default 10) and the dispatcher sends
 * at its own ({@code oms.notifications.dispatcher-nice}, default 10); a single request
 * stays on the request thread ({@link NormalPriorityIntegrationTests}: nice 0).
 */
@Import(BackgroundPriorityIntegrationTests.ThreadsSeenConfiguration.class)
class BackgroundPriorityIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private ThreadsSeen seen;

	@DynamicPropertySource
	static void sqlite(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "notification_priority");
	}

	@BeforeEach
	void forgetEarlierThreads() {
		this.seen.queued.clear();
		this.seen.sent.clear();
	}

	@Test
	void queuesABulkOnAWorkerAndSendsItFromTheDispatcherAtTheConfiguredNiceValues() {
		int expected = expectedNice();

		var result = postBulk(bulk(
				List.of(confirmationItem(1, "priority-1", "import-1"), confirmationItem(2, "priority-2", "import-1"))));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(this.seen.queued).singleElement().satisfies((queued) -> {
			assertThat(queued.nice()).isEqualTo(expected);
			assertThat(queued.thread()).startsWith("notification-bulk-");
		});
		awaitNothingPending();
		assertThat(this.seen.sent).containsExactly(new Seen(expected, "notification-dispatcher"),
				new Seen(expected, "notification-dispatcher"));
	}

	@Test
	void queuesASingleNotificationOnTheRequestThreadAtItsPriority() {
		Seen test = Seen.now();

		var result = postEmail(email(3, "ORDER_CONFIRMATION", "ja"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(this.seen.queued).containsExactly(test);
	}

	/**
	 * The nice value the bulk workers and the dispatcher run at.
	 * @return the default, 10
	 */
	protected int expectedNice() {
		return 10;
	}

	/** The thread that did some work, and its nice value. */
	record Seen(int nice, String thread) {

		static Seen now() {
			try {
				return new Seen(BackgroundPriority.niceOfCurrentThread(), Thread.currentThread().getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** Notes the thread that queued notifications and the one that sent them. */
	static class ThreadsSeen implements EmailTransport, SmsTransport {

		final List<Seen> queued = new CopyOnWriteArrayList<>();

		final List<Seen> sent = new CopyOnWriteArrayList<>();

		@EventListener
		void queued(NotificationsQueued event) {
			this.queued.add(Seen.now());
		}

		@Override
		public void send(EmailMessage message) {
			this.sent.add(Seen.now());
		}

		@Override
		public void send(SmsMessage message) {
			this.sent.add(Seen.now());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ThreadsSeenConfiguration {

		@Bean
		@Primary
		ThreadsSeen threadsSeen() {
			return new ThreadsSeen();
		}

	}

}

package com.orderplatform.notification.dispatch;

import java.time.Instant;

import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationRepository;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/notifications/queue}, with the dispatcher stopped so that the queue
 * holds still while it is counted.
 */
class QueueIntegrationTests extends SqliteIntegrationTestSupport {

	@Autowired
	NotificationDispatcher dispatcher;

	@Autowired
	NotificationRepository repository;

	@AfterEach
	void restartTheDispatcher() {
		this.dispatcher.start();
	}

	@Test
	void countsPendingRecentlySentAndFailedNotificationsExactly() {
		this.dispatcher.stop();
		Instant now = this.time.instant();
		for (int i = 0; i < 25; i++) {
			this.repository.insert(notification(now.minusSeconds(90 - i)));
		}
		for (int secondsAgo : new int[] { 10, 59, 60, 61, 3600 }) {
			Notification sent = notification(now.minusSeconds(secondsAgo + 1));
			sent.markSent(now.minusSeconds(secondsAgo));
			this.repository.insert(sent);
		}
		for (int i = 0; i < 2; i++) {
			Notification failed = notification(now.minusSeconds(30));
			failed.markFailed("simulated provider outage");
			this.repository.insert(failed);
		}

		var result = get("/api/v1/notifications/queue");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.pending").isEqualTo(25);
		json.extractingPath("$.sent_last_minute").isEqualTo(3);
		json.extractingPath("$.failed").isEqualTo(2);
		json.extractingPath("$.oldest_pending_age_seconds").isEqualTo(90);
		// 25 sends, 101 ms apart: 2.525 s, rounded up.
		json.extractingPath("$.estimated_drain_seconds").isEqualTo(3);
	}

	@Test
	void reportsAnEmptyQueueAsZeros() {
		var result = get("/api/v1/notifications/queue");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isEqualTo("""
				{"pending": 0, "sent_last_minute": 0, "failed": 0, "oldest_pending_age_seconds": 0,
				 "estimated_drain_seconds": 0}""");
	}

	@Test
	void drainsTheQueueOnceTheDispatcherRunsAgain() {
		this.dispatcher.stop();
		for (int i = 0; i < 3; i++) {
			this.repository.insert(notification(this.time.instant()));
		}
		assertThat(get("/api/v1/notifications/queue")).bodyJson().extractingPath("$.pending").isEqualTo(3);

		this.dispatcher.start();
		awaitNothingPending();

		var json = assertThat(get("/api/v1/notifications/queue")).bodyJson();
		json.extractingPath("$.pending").isEqualTo(0);
		json.extractingPath("$.sent_last_minute").isEqualTo(3);
		assertThat(this.transports.calls()).hasSize(3);
	}

	private static Notification notification(Instant createdAt) {
		return Notification.accept(7, new TemplateKey("ORDER_SHIPPED", Channel.EMAIL, Language.JA),
				"tanaka@example.co.jp", new RenderedMessage("発送のお知らせ", "発送しました"), createdAt);
	}

}

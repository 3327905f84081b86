package com.orderplatform.notification.dispatch.monitor;

import java.time.Instant;
import java.util.Map;

import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.Lifecycle;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/notifications/queue}, with the dispatcher stopped so that the queue
 * holds still while it is counted.
 */
class QueueIntegrationTests extends SqliteIntegrationTestSupport {

	@Autowired
	@Qualifier("notificationDispatcher")
	Lifecycle dispatcher;

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
		json.extractingPath("$.lanes[0]")
			.isEqualTo(Map.of("lane", "transactional", "depth", 25, "oldest_pending_age_seconds", 90, "eta_seconds", 3,
					"sent_last_minute", 3));
		json.extractingPath("$.lanes[1]")
			.isEqualTo(Map.of("lane", "bulk", "depth", 0, "oldest_pending_age_seconds", 0, "eta_seconds", 0,
					"sent_last_minute", 0));
	}

	@Test
	void reportsEachLaneAndTheTenLargestWaitingBatchesWithTheirEstimates() {
		this.dispatcher.stop();
		Instant now = this.time.instant();
		for (int i = 0; i < 4; i++) {
			this.repository.insert(notification(now.minusSeconds(12 - i)));
		}
		this.repository.insert(notification("IMPORT_SUMMARY", "import-03", "summary-03", now.minusSeconds(3)));
		for (int batch = 1; batch <= 12; batch++) {
			for (int i = 1; i <= batch; i++) {
				String batchId = "import-%02d".formatted(batch);
				this.repository
					.insert(notification("ORDER_SHIPPED", batchId, batchId + "-" + i, now.minusSeconds(100 + batch)));
			}
		}
		Notification sentBulk = notification("ORDER_SHIPPED", "import-01", "import-01-sent", now.minusSeconds(20));
		sentBulk.markSent(now.minusSeconds(10));
		this.repository.insert(sentBulk);

		var result = get("/api/v1/notifications/queue");

		// 5 transactional and 78 bulk (batches of 1 to 12) at 101 ms, one send in ten for
		// bulk while transactional ones wait: transactional done after 6 sends (0.6 s),
		// bulk after 83 (8.4 s); a batch of n after the 5 transactional and the sends of
		// min(n, size) per batch, e.g. n = 3: 1 + 2 + 10 × 3 = 33 bulk, 38 sends, 3.8 s.
		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isEqualTo("""
				{"pending": 83, "sent_last_minute": 1, "failed": 0, "oldest_pending_age_seconds": 112,
				 "estimated_drain_seconds": 9,
				 "lanes": [
				   {"lane": "transactional", "depth": 5, "oldest_pending_age_seconds": 12, "eta_seconds": 1,
				    "sent_last_minute": 0},
				   {"lane": "bulk", "depth": 78, "oldest_pending_age_seconds": 112, "eta_seconds": 9,
				    "sent_last_minute": 1}],
				 "active_batches": 12,
				 "batches": [
				   {"batch_id": "import-12", "pending": 12, "oldest_pending_age_seconds": 112, "eta_seconds": 9},
				   {"batch_id": "import-11", "pending": 11, "oldest_pending_age_seconds": 111, "eta_seconds": 9},
				   {"batch_id": "import-10", "pending": 10, "oldest_pending_age_seconds": 110, "eta_seconds": 9},
				   {"batch_id": "import-09", "pending": 9, "oldest_pending_age_seconds": 109, "eta_seconds": 8},
				   {"batch_id": "import-08", "pending": 8, "oldest_pending_age_seconds": 108, "eta_seconds": 8},
				   {"batch_id": "import-07", "pending": 7, "oldest_pending_age_seconds": 107, "eta_seconds": 7},
				   {"batch_id": "import-06", "pending": 6, "oldest_pending_age_seconds": 106, "eta_seconds": 7},
				   {"batch_id": "import-05", "pending": 5, "oldest_pending_age_seconds": 105, "eta_seconds": 6},
				   {"batch_id": "import-04", "pending": 4, "oldest_pending_age_seconds": 104, "eta_seconds": 5},
				   {"batch_id": "import-03", "pending": 3, "oldest_pending_age_seconds": 103, "eta_seconds": 4}]}""");
	}

	@Test
	void reportsAnEmptyQueueAsZeros() {
		var result = get("/api/v1/notifications/queue");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isEqualTo("""
				{"pending": 0, "sent_last_minute": 0, "failed": 0, "oldest_pending_age_seconds": 0,
				 "estimated_drain_seconds": 0,
				 "lanes": [
				   {"lane": "transactional", "depth": 0, "oldest_pending_age_seconds": 0, "eta_seconds": 0,
				    "sent_last_minute": 0},
				   {"lane": "bulk", "depth": 0, "oldest_pending_age_seconds": 0, "eta_seconds": 0,
				    "sent_last_minute": 0}],
				 "active_batches": 0, "batches": []}""");
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

	private static Notification notification(String template, String batchId, String key, Instant createdAt) {
		return Notification.accept(new Content(7, new TemplateKey(template, Channel.EMAIL, Language.JA),
				"tanaka@example.co.jp", new RenderedMessage("件名", "本文")), new Queueing(batchId, key), createdAt);
	}

}

package com.orderplatform.notification.notification.intake;

import java.time.Duration;
import java.util.List;

import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.notification.notification.Content;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.Lifecycle;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/notifications}: paging, newest first, the status and batch filters
 * and exact totals. The dispatcher is stopped while ten notifications are stored
 * directly, 10 ms apart: orders 1 to 5 sent (1 to 3 in batch {@code import-a}), 101 to
 * 103 failed (101 in {@code import-a}, 102 and 103 in {@code import-b}), 201 and 202
 * pending in {@code import-b}.
 */
class NotificationListIntegrationTests extends SqliteIntegrationTestSupport {

	@Autowired
	NotificationRepository repository;

	@Autowired
	@Qualifier("notificationDispatcher")
	Lifecycle dispatcher;

	@BeforeEach
	void tenNotificationsInTwoBatches() {
		this.dispatcher.stop();
		for (int order = 1; order <= 5; order++) {
			Notification notification = store(order, (order <= 3) ? "import-a" : null);
			notification.markSent(this.time.instant());
			this.repository.insert(notification);
		}
		for (int order = 101; order <= 103; order++) {
			Notification notification = store(order, (order == 101) ? "import-a" : "import-b");
			notification.markFailed("provider unreachable");
			this.repository.insert(notification);
		}
		for (int order = 201; order <= 202; order++) {
			this.repository.insert(store(order, "import-b"));
		}
	}

	@AfterEach
	void restartTheDispatcher() {
		this.dispatcher.start();
	}

	private Notification store(long orderId, String batchId) {
		Notification notification = Notification.accept(
				new Content(orderId, new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.JA), "+81-90-0000-0000",
						new RenderedMessage(null, "発送しました")),
				new Queueing(batchId, "key-" + orderId), this.time.instant());
		this.time.advance(Duration.ofMillis(10));
		return notification;
	}

	@Test
	void listsEveryNotificationNewestFirstWithTheDefaultPage() {
		var result = get("/api/v1/notifications");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(10);
		json.extractingPath("$.skip").isEqualTo(0);
		json.extractingPath("$.limit").isEqualTo(20);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(202, 201, 103, 102, 101, 5, 4, 3, 2, 1));
		json.extractingPath("$.items[*].attempts").isEqualTo(List.of(0, 0, 1, 1, 1, 1, 1, 1, 1, 1));
	}

	@Test
	void acceptsATrailingSlash() {
		var result = get("/api/v1/notifications/?limit=3");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(10);
		assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(3);
	}

	@Test
	void filtersByStatus() {
		var result = get("/api/v1/notifications?status=failed");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(3);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(103, 102, 101));
		json.extractingPath("$.items[*].failure_reason")
			.isEqualTo(List.of("provider unreachable", "provider unreachable", "provider unreachable"));
	}

	@Test
	void filtersByBatch() {
		var result = get("/api/v1/notifications?batch_id=import-b");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(4);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(202, 201, 103, 102));
		json.extractingPath("$.items[*].batch_id").isEqualTo(List.of("import-b", "import-b", "import-b", "import-b"));
		json.extractingPath("$.items[*].status").isEqualTo(List.of("pending", "pending", "failed", "failed"));
	}

	@ParameterizedTest
	@CsvSource({ "import-a, sent, 3, '3,2,1'", "import-a, failed, 1, '101'", "import-b, pending, 2, '202,201'",
			"import-b, sent, 0, ''", "import-c, pending, 0, ''" })
	void filtersByBatchAndStatusWithExactTotals(String batch, String status, int total, String orderIds) {
		var result = get("/api/v1/notifications?batch_id={batch}&status={status}", batch, status);

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(total);
		json.extractingPath("$.items[*].order_id")
			.isEqualTo(orderIds.isEmpty() ? List.of()
					: List.of(orderIds.split(",")).stream().map(Integer::valueOf).toList());
	}

	@Test
	void pagesWithinABatch() {
		var result = get("/api/v1/notifications?batch_id=import-a&skip=1&limit=2");

		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(4);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(3, 2));
	}

	@Test
	void pagesWithinAStatus() {
		var result = get("/api/v1/notifications?status=SENT&skip=2&limit=2");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(5);
		json.extractingPath("$.skip").isEqualTo(2);
		json.extractingPath("$.limit").isEqualTo(2);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(3, 2));
	}

	@Test
	void returnsAnEmptyPageBeyondTheEnd() {
		var result = get("/api/v1/notifications?skip=10");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(10);
		assertThat(result).bodyJson().extractingPath("$.items").isEqualTo(List.of());
	}

	@Test
	void countsPendingNotifications() {
		var result = get("/api/v1/notifications?status=pending");

		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
	}

	@ParameterizedTest
	@CsvSource({ "limit=0, limit", "limit=101, limit", "skip=-1, skip", "status=lost, status", "limit=x, limit" })
	@SendsInvalidRequests("query parameters out of their documented range or type")
	void rejectsAnInvalidParameterNamingIt(String query, String field) {
		var result = get("/api/v1/notifications?" + query);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
	}

}

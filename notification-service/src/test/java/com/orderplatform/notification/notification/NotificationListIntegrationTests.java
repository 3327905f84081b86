package com.orderplatform.notification.notification;

import java.time.Duration;
import java.util.List;

import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static com.orderplatform.notification.NotificationRequests.email;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/notifications}: paging, newest first, the status filter and exact
 * totals. Five notifications are sent through the API (orders 1 to 5, sent); three failed
 * ones (orders 101 to 103) are stored directly, since the recording transport never
 * fails.
 */
class NotificationListIntegrationTests extends SqliteIntegrationTestSupport {

	@Autowired
	NotificationRepository repository;

	@BeforeEach
	void fiveSentAndThreeFailed() {
		for (int order = 1; order <= 5; order++) {
			assertThat(postEmail(email(order, "ORDER_CONFIRMATION", "ja"))).hasStatus(HttpStatus.CREATED);
			this.time.advance(Duration.ofMillis(10));
		}
		for (int order = 101; order <= 103; order++) {
			Notification notification = Notification.accept(order,
					new TemplateKey("ORDER_SHIPPED", Channel.SMS, Language.JA), "+81-90-0000-0000",
					new RenderedMessage(null, "発送しました"), this.time.instant());
			notification.markFailed("provider unreachable");
			this.repository.insert(notification);
			this.time.advance(Duration.ofMillis(10));
		}
	}

	@Test
	void listsEveryNotificationNewestFirstWithTheDefaultPage() {
		var result = get("/api/v1/notifications");

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.total").isEqualTo(8);
		json.extractingPath("$.skip").isEqualTo(0);
		json.extractingPath("$.limit").isEqualTo(20);
		json.extractingPath("$.items[*].order_id").isEqualTo(List.of(103, 102, 101, 5, 4, 3, 2, 1));
	}

	@Test
	void acceptsATrailingSlash() {
		var result = get("/api/v1/notifications/?limit=3");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(8);
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
		var result = get("/api/v1/notifications?skip=8");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(8);
		assertThat(result).bodyJson().extractingPath("$.items").isEqualTo(List.of());
	}

	@Test
	void countsNothingForAStatusNoneHas() {
		var result = get("/api/v1/notifications?status=pending");

		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource({ "limit=0, limit", "limit=101, limit", "skip=-1, skip", "status=lost, status", "limit=x, limit" })
	void rejectsAnInvalidParameterNamingIt(String query, String field) {
		var result = get("/api/v1/notifications?" + query);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
	}

}

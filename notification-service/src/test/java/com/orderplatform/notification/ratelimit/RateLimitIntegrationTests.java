package com.orderplatform.notification.ratelimit;

import java.time.Duration;

import com.orderplatform.notification.SqliteIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static com.orderplatform.notification.NotificationRequests.email;
import static com.orderplatform.notification.NotificationRequests.sms;
import static org.assertj.core.api.Assertions.assertThat;

/** The global limit of 10 notifications per second, email and SMS together. */
class RateLimitIntegrationTests extends SqliteIntegrationTestSupport {

	@Test
	void refusesTheEleventhNotificationWithinOneSecondAndStoresNothing() {
		for (int i = 1; i <= 10; i++) {
			var accepted = (i % 2 == 0) ? postSms(sms(i, "ORDER_SHIPPED", "ja"))
					: postEmail(email(i, "ORDER_CONFIRMATION", "ja"));
			assertThat(accepted).hasStatus(HttpStatus.CREATED);
		}
		this.time.advance(Duration.ofMillis(999));

		var refused = postEmail(email(11, "ORDER_CONFIRMATION", "ja"));

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(refused).hasHeader("Retry-After", "1");
		assertThat(refused).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("At most 10 notifications per second can be sent; retry in 1 s");
		assertThat(countNotifications()).isEqualTo(10);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications WHERE order_id = 11").query(Long.class).single())
			.isZero();
	}

	@Test
	void acceptsNotificationsAgainOnceTheSecondHasPassed() {
		for (int i = 1; i <= 10; i++) {
			postSms(sms(i, "ORDER_SHIPPED", "ja"));
		}
		assertThat(postSms(sms(11, "ORDER_SHIPPED", "ja"))).hasStatus(HttpStatus.TOO_MANY_REQUESTS);

		this.time.advance(Duration.ofSeconds(1));

		assertThat(postSms(sms(11, "ORDER_SHIPPED", "ja"))).hasStatus(HttpStatus.CREATED);
		assertThat(countNotifications()).isEqualTo(11);
	}

	@Test
	void doesNotCountRequestsThatAreRefusedAsInvalid() {
		for (int i = 1; i <= 10; i++) {
			assertThat(postEmail(email(i, "NO_SUCH_TEMPLATE", "ja"))).hasStatus(HttpStatus.BAD_REQUEST);
		}

		for (int i = 1; i <= 10; i++) {
			assertThat(postEmail(email(i, "ORDER_CONFIRMATION", "ja"))).hasStatus(HttpStatus.CREATED);
		}
		assertThat(countNotifications()).isEqualTo(10);
	}

}

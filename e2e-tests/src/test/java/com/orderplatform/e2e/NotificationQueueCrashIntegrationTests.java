package com.orderplatform.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notification queue survives a crash: with messages still queued, the notification
 * service's process is killed (SIGKILL) in the middle of draining; after a restart every
 * queued message reaches the SMTP server exactly once, at no more than the provider's
 * rate.
 */
class NotificationQueueCrashIntegrationTests {

	private static final int MESSAGES = 40;

	private static Platform platform;

	private static ApiClient admin;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = new ApiClient().login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	@Test
	void queuedMessagesAreAllDeliveredExactlyOnceAfterTheServiceIsKilledMidway() throws Exception {
		String batch = "e2e-crash-" + System.nanoTime();
		ApiClient.Response accepted = admin.post(platform.notification.baseUri(), "/api/v1/notifications/bulk",
				Map.of("items", IntStream.range(0, MESSAGES).mapToObj(i -> item(batch, i)).toList()));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		assertThat(accepted.json().get("queued").size()).isEqualTo(MESSAGES);

		// Kill right after a send completed, while most of the queue is still pending.
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5)).until(() -> sent(batch) >= 5);
		platform.notification.kill();
		long sentBeforeCrash = countReceived(batch);
		assertThat(sentBeforeCrash).isBetween(5L, (long) MESSAGES - 10);

		platform.restart(platform.notification);

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> sent(batch) == MESSAGES);
		Map<String, Long> receivedPerRecipient = received(batch).stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(receivedPerRecipient).hasSize(MESSAGES);
		assertThat(receivedPerRecipient.values()).containsOnly(1L);
		assertThat(admin
			.get(platform.notification.baseUri(), "/api/v1/notifications?batch_id=" + batch + "&status=pending")
			.json()
			.get("total")
			.asLong()).isZero();
	}

	private static Map<String, Object> item(String batch, int i) {
		return Map.of("order_id", 900_000 + i, "channel", "email", "recipient", recipient(batch, i), "template_name",
				"ORDER_SHIPPED", "template_data", Map.of("order_id", 900_000 + i, "customer_name", "顧客" + i),
				"language", "ja", "idempotency_key", batch + "-" + i, "batch_id", batch);
	}

	private static String recipient(String batch, int i) {
		return batch + "-" + i + "@example.co.jp";
	}

	private static long sent(String batch) {
		ApiClient.Response page = admin.get(platform.notification.baseUri(),
				"/api/v1/notifications?batch_id=" + batch + "&status=sent&limit=1");
		return (page.status() == 200) ? page.json().get("total").asLong() : -1;
	}

	private static long countReceived(String batch) throws MessagingException {
		return received(batch).size();
	}

	private static List<String> received(String batch) throws MessagingException {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : platform.smtp.getReceivedMessages()) {
			for (Address address : message.getAllRecipients()) {
				if (address.toString().startsWith(batch + "-")) {
					recipients.add(address.toString());
				}
			}
		}
		return recipients;
	}

}

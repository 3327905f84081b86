package com.orderplatform.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.api.NotificationStatus;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Downstream outages during an import, on a platform whose order service retries the
 * payment service for about a minute (6 retries from 1 s, doubling) and whose email goes
 * to an SMTP server that fails on purpose: a short payment outage costs nothing, a
 * gateway declining 20% of charges is reported per order and never charges twice, and a
 * failing mail transport is retried, then reported, at no more than 10 sends a second.
 */
class CsvImportOutageIntegrationTests {

	private static final int ROWS = 10_000;

	private static FlakySmtpServer smtp;

	private static Platform platform;

	private static ImportDriver imports;

	@BeforeAll
	static void startPlatform() {
		smtp = new FlakySmtpServer();
		platform = Platform.dedicated("import-outages",
				Map.of("OMS_PAYMENT_MAX_RETRIES", "6", "OMS_PAYMENT_INITIAL_BACKOFF", "1s", "OMS_SMTP_PORT",
						Integer.toString(smtp.port()), "OMS_NOTIFICATION_DELIVERY_RETRY_BACKOFF", "200ms"));
		imports = new ImportDriver(platform);
	}

	@AfterAll
	static void stopPlatform() {
		platform.close();
		smtp.close();
	}

	@Test
	void aPaymentOutageOfFiveSecondsInsideTheRetryBudgetFailsNoOrder() throws InterruptedException {
		OrderCsvFile file = OrderCsvFile.generate("outage-5s", ROWS, false);
		String job = imports.upload(file, "none");

		imports.awaitProcessed(job, 2_000);
		platform.payment.stop();
		// the outage: the service stays down for 5 s
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(20)).until(() -> !platform.payment.isAlive());
		platform.payment.launch();
		platform.payment.awaitReady();
		imports.awaitFinished(job);

		ImportLedger ledger = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, false);
		assertThat(ledger.pendingReasons()).isEmpty();
		ReliabilityReport.record("payment service stopped 5 s mid-import", ReliabilityReport.ledger(ledger));
	}

	@Test
	void aGatewayDecliningOneChargeInFiveIsReportedPerOrderAndNeverChargesTwice() {
		OrderCsvFile file = OrderCsvFile.generate("gateway-20", ROWS, false);
		restartPaymentService("0.2");
		try {
			String job = imports.upload(file, "none");
			ImportJobView finished = imports.awaitFinished(job);

			ImportLedger declined = ImportLedger.read(platform, job);
			long pending = declined.orders("pending");
			assertThat(pending).isBetween(1_500L, 2_100L);
			assertThat(finished.status()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
			assertThat(finished.errorCode()).isEqualTo("PAYMENTS_INCOMPLETE");
			assertThat(finished.error()).startsWith(pending + " imported orders are not paid");
			assertDeclinesReportedPerOrder(declined, file);

			long before = pending;
			List<Long> pendingAfterRetries = new java.util.ArrayList<>();
			// Each retry declines one in five of what is left, so the last few orders may
			// be
			// declined again: a retry never raises the count, and 20 are plenty (the last
			// order declined 20 times running is a chance of 0.2^20).
			for (int retry = 0; retry < 20 && before > 0; retry++) {
				imports.retry(job);
				ImportLedger after = ImportLedger.read(platform, job);
				assertThat(after.orders("pending")).isLessThanOrEqualTo(before);
				assertDeclinesReportedPerOrder(after, file);
				before = after.orders("pending");
				pendingAfterRetries.add(before);
			}
			assertThat(before).isZero();
			ImportLedger paid = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, false);
			ReliabilityReport.record("payment gateway declining 20%",
					"declined at import: " + pending + " of " + file.importedOrders() + "; pending after each retry: "
							+ pendingAfterRetries + "; final: " + ReliabilityReport.ledger(paid));
		}
		finally {
			restartPaymentService("0.0");
		}
	}

	@Test
	void aFailingMailTransportIsRetriedThenFailedWithTheReasonAtNoMoreThanTenPerSecond() {
		StringBuilder csv = new StringBuilder("customer_email,customer_name,product_name,quantity,unit_price\r\n");
		for (int i = 0; i < 30; i++) {
			String kind = List.of("always-fail", "fail-twice", "ok").get(i % 3);
			csv.append(kind).append('-').append(i).append("@example.co.jp,顧客").append(i).append(",商品,1,1500\r\n");
		}
		String job = imports.upload(
				new OrderCsvFile(csv.toString().getBytes(StandardCharsets.UTF_8), 30, 30, 0, 30, 0, 45_000),
				"per_order");
		imports.awaitFinished(job);

		List<NotificationView> confirmations = await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> notifications(job),
					all -> all.size() == 30 && all.stream().noneMatch(n -> n.status() == NotificationStatus.PENDING));
		for (NotificationView notification : confirmations) {
			String to = notification.recipient();
			if (to.startsWith("always-fail")) {
				assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
				assertThat(notification.attempts()).isEqualTo(4);
				assertThat(notification.failureReason()).contains("451");
				assertThat(smtp.attempts(to)).isEqualTo(4);
				assertThat(smtp.delivered(to)).isZero();
			}
			else {
				assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
				assertThat(notification.attempts()).isEqualTo(to.startsWith("fail-twice") ? 3 : 1);
				assertThat(smtp.delivered(to)).isEqualTo(1);
			}
		}
		// 10 × 4 + 10 × 3 + 10 × 1 attempts; 11 attempts in under 0.9 s would break the
		// pace of 10/s.
		List<Instant> attempts = smtp.attempts();
		assertThat(attempts).hasSize(80);
		assertThat(mostWithin(attempts, Duration.ofMillis(900))).isLessThanOrEqualTo(10);
		int mostSent = mostWithin(
				confirmations.stream().map(NotificationView::sentAt).filter(at -> at != null).toList(),
				Duration.ofSeconds(1));
		assertThat(mostSent).isLessThanOrEqualTo(10);
		ReliabilityReport.record("mail transport failing",
				"30 confirmations: 10 failed after 4 attempts (451), 10 sent on attempt 3, 10 on attempt 1; "
						+ attempts.size() + " SMTP attempts in "
						+ Duration.between(attempts.get(0), attempts.get(attempts.size() - 1)).toMillis()
						+ " ms, at most " + mostWithin(attempts, Duration.ofMillis(900))
						+ " in any 900 ms at the server, at most " + mostSent + " sends in any 1 s by sent_at");
	}

	private static void assertDeclinesReportedPerOrder(ImportLedger ledger, OrderCsvFile file) {
		assertThat(ledger.pendingWithoutReason()).isZero();
		assertThat(ledger.orders("pending") + ledger.orders("paid")).isEqualTo(file.importedOrders());
		assertThat(ledger.payments()).hasSize(file.importedOrders());
		assertThat(ledger.payments("failed")).isEqualTo(ledger.orders("pending"));
		assertThat(ledger.payments("completed")).isEqualTo(ledger.orders("paid"));
		// At the gateway: every paid order charged exactly once, no declined one charged.
		assertThat(ledger.gatewayCharges()).hasSize((int) ledger.orders("paid"))
			.allSatisfy((order, charges) -> assertThat(charges).as("charges of order %d", order).isOne());
		assertThat(ledger.gatewayCharges().keySet()).noneMatch(ledger.pendingReasons()::containsKey);
		assertThat(ledger.pendingReasons()).hasSize((int) ledger.orders("pending"))
			.allSatisfy((order, reason) -> assertThat(reason)
				.isEqualTo("Payment failed: " + ledger.paymentFailures().get(order)));
	}

	/** The most instants that fall in any window of the given length. */
	private static int mostWithin(List<Instant> instants, Duration window) {
		List<Instant> sorted = instants.stream().sorted().toList();
		int most = 0;
		int start = 0;
		for (int end = 0; end < sorted.size(); end++) {
			while (Duration.between(sorted.get(start), sorted.get(end)).compareTo(window) >= 0) {
				start++;
			}
			most = Math.max(most, end - start + 1);
		}
		return most;
	}

	private static List<NotificationView> notifications(String job) {
		ApiClient.Response page = imports.admin()
			.get(platform.notification.baseUri(), "/api/v1/notifications?limit=100&batch_id=" + job);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return ApiClient.JSON.convertValue(page.json().get("items"), new TypeReference<List<NotificationView>>() {
		});
	}

	private static void restartPaymentService(String failureRate) {
		platform.payment.environment().put("OMS_GATEWAY_FAILURE_RATE", failureRate);
		platform.restart(platform.payment);
	}

}

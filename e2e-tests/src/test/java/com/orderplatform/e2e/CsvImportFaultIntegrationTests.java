package com.orderplatform.e2e;

import java.time.Duration;
import java.util.Map;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash at any point: 10,000-row imports (9,000 orders, 30 of them invalid) while one of
 * the three service processes is killed at chosen moments and started again. Whatever the
 * moment, every valid row ends in exactly one order, every order has exactly one
 * completed payment of its amount and exactly one confirmation queued, and the job's
 * counters equal the rows in the databases. The order service is halted three times in
 * one import through its test-only crash hook ({@code OMS_TEST_CRASH_AT}, the equivalent
 * of a SIGKILL at an exact line); the payment and notification services are killed with
 * SIGKILL.
 */
class CsvImportFaultIntegrationTests {

	private static final int ROWS = 10_000;

	private static final String CRASH_AT = "OMS_TEST_CRASH_AT";

	private static Platform platform;

	private static ImportDriver imports;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.dedicated("import-faults", Map.of());
		imports = new ImportDriver(platform);
	}

	@AfterAll
	static void stopPlatform() {
		platform.close();
	}

	@Test
	void orderServiceKilledAtThreeMomentsOfOneImportResumesEachTimeAndImportsEveryRowOnce() {
		OrderCsvFile file = OrderCsvFile.generate("crash-order-service", ROWS, true);

		// 1. While validating: the fourth chunk of rows staged, no order yet.
		String job = uploadAndCrashOrderServiceAt("validation-chunk:4", file);
		assertThat(ImportLedger.read(platform, job).orders()).isEmpty();

		// 2. Resumed, then killed with the third chunk's orders saved but not charged.
		restartOrderServiceAndCrashAt("orders-written:3");
		ImportLedger saved = ImportLedger.read(platform, job);
		assertThat(saved.orders()).hasSize(3_000);
		assertThat(saved.orders("pending")).isEqualTo(1_000);
		assertThat(saved.payments()).hasSize(2_000);

		// 3. Resumed, then killed after the payment service answered the third batch of
		// this
		// run (chunk 5): it recorded the payments, the order service never learnt it.
		restartOrderServiceAndCrashAt("after-payment-batch:3");
		ImportLedger charged = ImportLedger.read(platform, job);
		assertThat(charged.orders()).hasSize(5_000);
		assertThat(charged.payments("completed")).isEqualTo(5_000);
		assertThat(charged.orders("paid")).isEqualTo(4_000);
		assertThat(charged.orders("payment_processing")).isEqualTo(1_000);

		// 4. Resumed without the hook: it finishes, and nothing is lost or doubled.
		restartOrderService();
		imports.awaitFinished(job);
		ImportLedger done = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		ReliabilityReport.record("order service killed 3 times in one import",
				"at validation chunk 4: orders=0; at orders-written 3: " + ReliabilityReport.ledger(saved)
						+ "; after payment batch (chunk 5): " + ReliabilityReport.ledger(charged) + "; final: "
						+ ReliabilityReport.ledger(done));
	}

	@Test
	void paymentServiceKilledMidImportAndDownBeyondTheRetryBudgetLeavesOrdersPendingUntilRetried() {
		OrderCsvFile file = OrderCsvFile.generate("kill-payment", ROWS, true);
		String job = imports.upload(file, "per_order");

		imports.awaitProcessed(job, 2_000);
		platform.payment.kill();
		ImportJobView finished = imports.awaitFinished(job);
		platform.restart(platform.payment);

		ImportLedger outage = ImportLedger.read(platform, job);
		long pending = outage.orders("pending");
		assertThat(pending).isPositive();
		assertThat(outage.pendingWithoutReason()).isZero();
		assertThat(outage.orders("paid") + pending).isEqualTo(file.importedOrders());
		// The batch in flight at the kill may have been recorded without its answer
		// arriving.
		assertThat(outage.payments("completed")).isBetween(outage.orders("paid"), outage.orders("paid") + 1_000);
		assertThat(finished.status()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(finished.errorCode()).isEqualTo("PAYMENTS_INCOMPLETE");
		assertThat(finished.error()).startsWith(pending + " imported orders are not paid");
		assertThat(pendingReasons(job)).allSatisfy(reason -> assertThat(reason).startsWith("Payment not completed: "));

		imports.retry(job);
		ImportLedger retried = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		imports.retry(job);
		assertThat(ImportLedger.read(platform, job)).isEqualTo(retried);
		ReliabilityReport.record("payment service killed mid-import, down until the job ended",
				"job " + finished.status() + " " + finished.errorCode() + "; at the end of the outage: "
						+ ReliabilityReport.ledger(outage) + "; after retry: " + ReliabilityReport.ledger(retried)
						+ "; a second retry changed nothing");
	}

	@Test
	void notificationServiceKilledMidImportNeverDuplicatesAConfirmation() {
		OrderCsvFile file = OrderCsvFile.generate("kill-notification", ROWS, true);
		String job = imports.upload(file, "per_order");

		imports.awaitProcessed(job, 3_000);
		platform.notification.kill();
		platform.restart(platform.notification);
		ImportJobView ended = imports.awaitFinished(job);

		// Every order is paid and no order has two confirmations. The confirmations of
		// the
		// chunks processed while the service was down are sent again when the job ends;
		// if
		// the service is still down then, the job says so and a retry queues them.
		ImportLedger finished = ImportLedger.read(platform, job);
		assertThat(finished.orders("paid")).isEqualTo(file.importedOrders());
		assertThat(finished.confirmations()).isEqualTo(finished.confirmedOrders())
			.isLessThanOrEqualTo(file.importedOrders());
		if (finished.confirmations() < file.importedOrders()) {
			assertThat(ended.errorCode()).isEqualTo("CONFIRMATIONS_INCOMPLETE");
		}
		else {
			assertThat(ended.status()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
			assertThat(ended.errorCode()).isNull();
		}
		imports.retry(job);
		ImportLedger retried = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		ReliabilityReport.record("notification service killed mid-import", "when the job ended: "
				+ ReliabilityReport.ledger(finished) + "; after retry: " + ReliabilityReport.ledger(retried));
	}

	private static java.util.List<String> pendingReasons(String job) {
		ApiClient.Response page = imports.admin()
			.get(platform.order.baseUri(), "/api/v1/orders?status=pending&limit=100&batch_id=" + job);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		java.util.List<String> reasons = new java.util.ArrayList<>();
		page.json().get("items").forEach(order -> reasons.add(order.get("status_reason").asString()));
		assertThat(reasons).isNotEmpty();
		return reasons;
	}

	/**
	 * Restarts the order service armed to halt at the point, uploads, awaits the halt.
	 */
	private static String uploadAndCrashOrderServiceAt(String point, OrderCsvFile file) {
		platform.order.environment().put(CRASH_AT, point);
		platform.restart(platform.order);
		imports.relogin();
		String job = imports.upload(file, "per_order");
		awaitOrderServiceHalted();
		return job;
	}

	/** Restarts the order service armed to halt at the point; it resumes its job. */
	private static void restartOrderServiceAndCrashAt(String point) {
		platform.order.environment().put(CRASH_AT, point);
		platform.restart(platform.order);
		awaitOrderServiceHalted();
	}

	private static void awaitOrderServiceHalted() {
		await().atMost(Duration.ofSeconds(180))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !platform.order.isAlive());
	}

	private static void restartOrderService() {
		platform.order.environment().remove(CRASH_AT);
		platform.restart(platform.order);
		imports.relogin();
	}

}

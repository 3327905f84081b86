package com.orderplatform.e2e;

import java.time.Duration;
import java.time.Instant;
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
 * counters equal the rows in the databases, with no human step: a job whose payment or
 * notification service is gone waits for it and ends by itself once it is back. The order
 * service is halted three times in one import through its test-only crash hook
 * ({@code OMS_TEST_CRASH_AT}, the equivalent of a SIGKILL at an exact line); the payment
 * and notification services are killed with SIGKILL.
 */
class CsvImportFaultIntegrationTests {

	private static final int ROWS = 10_000;

	private static final String CRASH_AT = "OMS_TEST_CRASH_AT";

	private static Platform platform;

	private static ImportDriver imports;

	@BeforeAll
	static void startPlatform() {
		// A job waiting for a service tries again within 4 s of its return.
		platform = Platform.dedicated("import-faults",
				Map.of("OMS_IMPORT_OUTAGE_BACKOFF", "1s", "OMS_IMPORT_OUTAGE_MAX_BACKOFF", "4s"));
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

		// 2. Resumed, then killed with the third chunk's orders saved (already
		// payment_processing, their batch payment about to be sent) but not charged,
		// and the second chunk's payment answered (sent while the third was saved)
		// but not recorded.
		restartOrderServiceAndCrashAt("orders-written:3");
		ImportLedger saved = ImportLedger.read(platform, job);
		assertThat(saved.orders()).hasSize(3_000);
		assertThat(saved.orders("paid")).isEqualTo(1_000);
		assertThat(saved.orders("payment_processing")).isEqualTo(2_000);
		assertThat(saved.orders("pending")).isZero();
		assertThat(saved.payments()).hasSize(2_000);

		// 3. Resumed from the first chunk, then killed after the payment service
		// answered the third batch of this run (chunk 4, sent while chunk 5 was saved):
		// it recorded the payments, the order service never learnt it.
		restartOrderServiceAndCrashAt("after-payment-batch:3");
		ImportLedger charged = ImportLedger.read(platform, job);
		assertThat(charged.orders()).hasSize(5_000);
		assertThat(charged.payments("completed")).isEqualTo(4_000);
		assertThat(charged.orders("paid")).isEqualTo(3_000);
		assertThat(charged.orders("payment_processing")).isEqualTo(2_000);

		// 4. Resumed without the hook: it finishes, and nothing is lost or doubled.
		restartOrderService();
		imports.awaitFinished(job);
		ImportLedger done = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		ReliabilityReport.record("order service killed 3 times in one import",
				"at validation chunk 4: orders=0; at orders-written 3: " + ReliabilityReport.ledger(saved)
						+ "; after payment batch (chunk 4): " + ReliabilityReport.ledger(charged) + "; final: "
						+ ReliabilityReport.ledger(done));
	}

	@Test
	void paymentServiceKilledMidImportAndDownForHalfAMinuteTheJobWaitsAndEndsWithEveryOrderPaidOnce() {
		OrderCsvFile file = OrderCsvFile.generate("kill-payment", ROWS, true);
		String job = imports.upload(file, "per_order");

		imports.awaitProcessed(job, 2_000);
		platform.payment.kill();
		Instant killed = Instant.now();
		ImportJobView waiting;
		ImportLedger outage;
		try {
			waiting = imports.awaitWaiting(job, "waiting_for_payments");
			// down for half a minute: the job keeps waiting all along, trying again
			Duration rest = Duration.ofSeconds(30).minus(Duration.between(killed, Instant.now()));
			await().dontCatchUncaughtExceptions()
				.during(rest.isNegative() ? Duration.ofSeconds(1) : rest)
				.atMost(Duration.ofSeconds(45))
				.pollInterval(Duration.ofMillis(500))
				.until(() -> imports.job(job),
						view -> view.status() == ImportJobStatus.PROCESSING && view.waitingSince() != null);
			waiting = imports.awaitWaiting(job, "waiting_for_payments");
			outage = ImportLedger.read(platform, job);
		}
		finally {
			platform.restart(platform.payment);
		}
		assertThat(waiting.waitingReason()).startsWith("payment-service is unreachable: ");
		assertThat(waiting.nextAttemptAt()).isAfter(waiting.waitingSince());
		// at most two chunks' orders wait for their payment (the one whose payment
		// found the service down and the one saved meanwhile); none is pending, none
		// created past them
		long inFlight = outage.orders("payment_processing");
		assertThat(inFlight).isPositive().isLessThanOrEqualTo(2_000);
		assertThat(outage.orders("pending")).isZero();
		assertThat(outage.orders("paid") + inFlight).isEqualTo(outage.orders().size());
		assertThat(outage.orders().size()).isLessThan(file.importedOrders());
		// the batch in flight at the kill may have been recorded without its answer
		assertThat(outage.payments("completed")).isBetween(outage.orders("paid"), outage.orders("paid") + inFlight);
		// and the gateway charged no order twice, whatever the kill interrupted
		assertThat(outage.gatewayCharges())
			.allSatisfy((order, charges) -> assertThat(charges).as("charges of order %d", order).isOne());
		assertThat(outage.gatewayChargeTotal()).isGreaterThanOrEqualTo(outage.payments("completed"));

		ImportJobView finished = imports.awaitFinished(job);

		assertThat(finished.error()).isNull();
		ImportLedger done = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		ReliabilityReport.record("payment service killed mid-import, down ~30 s, no retry",
				"while down: job " + waiting.phase() + " (" + waiting.waitingReason() + "), "
						+ ReliabilityReport.ledger(outage) + "; after it came back, with no human step: job "
						+ finished.status() + ", " + ReliabilityReport.ledger(done));
	}

	@Test
	void notificationServiceKilledMidImportTheJobWaitsAtItsEndAndConfirmsEveryOrderOnce() {
		OrderCsvFile file = OrderCsvFile.generate("kill-notification", ROWS, true);
		String job = imports.upload(file, "per_order");

		imports.awaitProcessed(job, 3_000);
		platform.notification.kill();
		ImportJobView waiting;
		ImportLedger outage;
		try {
			// payments go on; at its end the job waits for the confirmations it could not
			// queue
			waiting = imports.awaitWaiting(job, "waiting_for_notifications");
			outage = ImportLedger.read(platform, job);
		}
		finally {
			platform.restart(platform.notification);
		}
		assertThat(waiting.waitingReason()).startsWith("notification-service is unreachable: ");
		assertThat(outage.orders("paid")).isEqualTo(file.importedOrders());
		assertThat(outage.confirmations()).isEqualTo(outage.confirmedOrders()).isLessThan(file.importedOrders());

		ImportJobView finished = imports.awaitFinished(job);

		assertThat(finished.error()).isNull();
		ImportLedger done = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, true);
		ReliabilityReport.record("notification service killed mid-import, no retry",
				"while down: job " + waiting.phase() + ", " + ReliabilityReport.ledger(outage)
						+ "; after it came back, with no human step: job " + finished.status() + ", "
						+ ReliabilityReport.ledger(done));
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

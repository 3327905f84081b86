package com.orderplatform.e2e;

import java.time.Duration;
import java.util.Map;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives imports on one platform as an admin would over HTTP, logging in again after the
 * order service restarts, and checks what an import left behind against the file it was
 * given. Its waits ignore exceptions other threads leave uncaught (GreenMail's SMTP
 * handler when a killed notification service drops its connection): a fault scenario
 * provokes them on purpose.
 */
final class ImportDriver {

	private final Platform platform;

	private ApiClient admin;

	ImportDriver(Platform platform) {
		this.platform = platform;
		relogin();
	}

	ApiClient admin() {
		return this.admin;
	}

	/** Logs in again (after a restart of the order service, for a fresh token). */
	void relogin() {
		this.admin = new ApiClient().login(this.platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	/**
	 * Uploads a file and returns its job's id.
	 * @param file the file
	 * @param notify {@code per_order}, {@code summary} or {@code none}
	 * @return the job id
	 */
	String upload(OrderCsvFile file, String notify) {
		ApiClient.Response accepted = this.admin.postFile(this.platform.order.baseUri(), "/api/v1/imports",
				Map.of("notify", notify), "orders-" + System.nanoTime() + ".csv", file.bytes());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		return accepted.as(ImportJobView.class).id();
	}

	ImportJobView job(String id) {
		ApiClient.Response response = this.admin.get(this.platform.order.baseUri(), "/api/v1/imports/" + id);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.as(ImportJobView.class);
	}

	/** Waits until the job has processed at least the given rows (and is processing). */
	void awaitProcessed(String id, int rows) {
		await().dontCatchUncaughtExceptions()
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> job(id), view -> view.status() == ImportJobStatus.PROCESSING && view.processedRows() >= rows);
	}

	ImportJobView awaitFinished(String id) {
		return await().dontCatchUncaughtExceptions()
			.atMost(Duration.ofSeconds(240))
			.pollInterval(Duration.ofMillis(500))
			.ignoreExceptions()
			.until(() -> job(id), view -> view.status().finished() && view.finishedAt() != null);
	}

	/**
	 * Retries the job (202: queued again, run by the order service's runner) and waits
	 * until it has ended again.
	 * @return the job as it ended
	 */
	ImportJobView retry(String id) {
		ApiClient.Response response = this.admin.postEmpty(this.platform.order.baseUri(),
				"/api/v1/imports/" + id + "/retry");
		assertThat(response.status()).as(response.body()).isEqualTo(202);
		assertThat(response.as(ImportJobView.class).status()).isEqualTo(ImportJobStatus.QUEUED);
		return awaitFinished(id);
	}

	/**
	 * Waits until the job waits for a service that cannot be reached: still
	 * {@code processing}, the phase naming what it waits for, with a reason and a next
	 * attempt.
	 * @param phase {@code waiting_for_payments} or {@code waiting_for_notifications}
	 * @return the job as seen waiting
	 */
	ImportJobView awaitWaiting(String id, String phase) {
		return await().dontCatchUncaughtExceptions()
			.atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> job(id), view -> view.status() == ImportJobStatus.PROCESSING && phase.equals(view.phase())
					&& view.waitingReason() != null && view.nextAttemptAt() != null);
	}

	/**
	 * Asserts the job's counters are the file's, every valid row is in exactly one order,
	 * every order is paid by exactly one completed payment of its amount and charged
	 * exactly once at the gateway (its charge ledger) and, when confirmations were asked
	 * for, confirmed exactly once.
	 * @param id the job
	 * @param file the file it imported
	 * @param confirmed whether each order must have one confirmation queued
	 * @return the ledger read
	 */
	ImportLedger assertEveryValidRowImportedPaidAndConfirmedOnce(String id, OrderCsvFile file, boolean confirmed) {
		ImportJobView view = job(id);
		assertThat(view.status()).as(view.error())
			.isEqualTo((file.failedRows() == 0) ? ImportJobStatus.COMPLETED : ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(view.errorCode()).isNull();
		assertThat(view.totalRows()).isEqualTo(file.rows());
		assertThat(view.successRows()).isEqualTo(file.validRows());
		assertThat(view.failedRows()).isEqualTo(file.failedRows());
		assertThat(view.orderCount()).isEqualTo(file.orders());
		assertThat(view.failedOrderCount()).isEqualTo(file.failedOrders());

		ImportLedger ledger = ImportLedger.read(this.platform, id);
		assertThat(ledger.orders()).hasSize(file.importedOrders());
		assertThat(ledger.ordersByStatus()).containsExactly(Map.entry("paid", (long) file.importedOrders()));
		assertThat(ledger.items()).isEqualTo(file.validRows());
		assertThat(ledger.stagedRowsWithOrder()).isEqualTo(file.validRows());
		assertThat(ledger.orderTotal()).isEqualTo(file.importedAmount());
		assertThat(ledger.payments()).isEqualTo(ledger.orders());
		assertThat(ledger.paymentsByStatus()).containsExactly(Map.entry("completed", (long) file.importedOrders()));
		assertThat(ledger.paymentsOfBatch()).isEqualTo(file.importedOrders());
		// Charged once at the gateway, not only one payment row: every order exactly one
		// approved charge in the gateway's ledger.
		assertThat(ledger.gatewayCharges()).as("charges per order at the gateway")
			.hasSize(file.importedOrders())
			.containsOnlyKeys(ledger.orders().keySet())
			.allSatisfy((order, charges) -> assertThat(charges).as("charges of order %d", order).isOne());
		if (confirmed) {
			assertThat(ledger.confirmations()).isEqualTo(file.importedOrders());
			assertThat(ledger.confirmedOrders()).isEqualTo(file.importedOrders());
		}
		return ledger;
	}

}

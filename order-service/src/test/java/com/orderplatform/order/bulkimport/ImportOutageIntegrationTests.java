package com.orderplatform.order.bulkimport;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import com.orderplatform.common.storage.SqliteBusyEviction;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Imports that heal themselves: the payment or notification service goes down past the
 * in-request retries and comes back; the job waits ({@code processing}, its phase, reason
 * and next attempt shown) without holding the only worker, and ends by itself with every
 * order paid once and confirmed once. A waiting job can be cancelled. Patience here is a
 * minute, attempts every 100 to 400 ms.
 */
@TestPropertySource(properties = { "oms.import.outage.patience=1m", "oms.import.outage.backoff=100ms",
		"oms.import.outage.max-backoff=400ms" })
class ImportOutageIntegrationTests extends ImportIntegrationTestSupport {

	private static final byte[] SPEC_SAMPLE = CsvFixtures.read(CsvFixtures.resource("spec-sample.utf8.csv"));

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	@Autowired
	private DataSource dataSource;

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Test
	void waitsForThePaymentServiceAndEndsByItselfOnceItIsBackPayingAndConfirmingEachOrderOnce() {
		this.downstream.paymentsDown();
		String id = imported("spec-sample.csv", SPEC_SAMPLE).id();

		// it waits at the first chunk, trying again with a growing backoff
		Set<Instant> attempts = new HashSet<>();
		ImportJobView waiting = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> job(id), view -> isWaiting(view, "waiting_for_payments") && attempts.add(view.nextAttemptAt())
					&& attempts.size() >= 3);
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.PROCESSING);
		assertThat(waiting.waitingReason()).isEqualTo("payment-service answered 503");
		assertThat(waiting.nextAttemptAt()).isAfter(waiting.waitingSince());
		// the first chunk's payment found it down while the second chunk was saved
		assertThat(ordersOf(id)).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAYMENT_PROCESSING);
		// and holds no worker: another job (one worker here) runs meanwhile
		ImportJobView other = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);
		assertThat(other.successRows()).isEqualTo(6);
		assertThat(job(id).status()).isEqualTo(ImportJobStatus.PROCESSING);

		this.downstream.paymentsUp();
		ImportJobView done = awaitStatus(id, ImportJobStatus.COMPLETED);

		assertThat(done.errorCode()).isNull();
		assertThat(List.of(done.processedRows(), done.successRows(), done.orderCount())).containsExactly(5, 5, 5);
		assertThat(List.of(String.valueOf(done.phase()), String.valueOf(done.waitingReason()),
				String.valueOf(done.waitingSince()), String.valueOf(done.nextAttemptAt())))
			.containsOnly("null");
		List<OrderView> orders = ordersOf(id);
		assertThat(orders).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(this.downstream.batches()).extracting(batch -> batch.get("items").size()).containsExactly(4, 1);
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
		assertThat(this.downstream.confirmationKeys()).containsExactlyInAnyOrderElementsOf(
				orders.stream().map(order -> "import:" + id + ":" + order.id()).toList());
	}

	@Test
	void waitsForTheNotificationServiceAtTheEndAndQueuesEveryConfirmationOnceItIsBack() {
		this.downstream.notificationsDownFor(Integer.MAX_VALUE);
		String id = imported("spec-sample.csv", SPEC_SAMPLE).id();

		ImportJobView waiting = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> job(id), view -> isWaiting(view, "waiting_for_notifications"));
		assertThat(waiting.waitingReason()).isEqualTo("notification-service answered 503");
		assertThat(waiting.processedRows()).as("every chunk done").isEqualTo(5);
		assertThat(ordersOf(id)).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(this.downstream.queuedKeys()).isEmpty();

		this.downstream.notificationsDownFor(0);
		ImportJobView done = awaitStatus(id, ImportJobStatus.COMPLETED);

		assertThat(done.errorCode()).isNull();
		assertThat(this.downstream.confirmationKeys()).hasSize(5).doesNotHaveDuplicates();
		assertThat(this.downstream.queuedKeys()).hasSize(5);
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
	}

	@Test
	void cancelsAWaitingJobAtOnceLeavingItsOrdersPendingWithTheReason() {
		this.downstream.paymentsDown();
		String id = imported("spec-sample.csv", SPEC_SAMPLE).id();
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> job(id), view -> isWaiting(view, "waiting_for_payments"));

		ImportJobView cancelled = this.http.post()
			.uri("/api/v1/imports/{id}/cancel", id)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();

		assertThat(cancelled.status()).isEqualTo(ImportJobStatus.CANCELLED);
		assertThat(cancelled.nextAttemptAt()).isNull();
		// the first chunk's 4 orders and the second chunk's, saved while the payment was
		// tried
		assertThat(ordersOf(id)).hasSize(5).allSatisfy(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(order.statusReason())
				.isEqualTo("Payment not completed: the import was cancelled while it waited for the payment service");
		});
		this.downstream.paymentsUp();
		await().during(Duration.ofMillis(1500))
			.atMost(Duration.ofSeconds(15))
			.until(() -> job(id).status(), status -> status == ImportJobStatus.CANCELLED);
		assertThat(this.downstream.batches()).as("never taken up again").isEmpty();
		assertThat(ordersOf(id)).hasSize(5);
	}

	@Test
	void discardsAPooledSqliteConnectionOnWhichSqliteBusyWasRaised() throws SQLException {
		assertThat(this.dataSource.unwrap(HikariDataSource.class).getExceptionOverrideClassName())
			.isEqualTo(SqliteBusyEviction.class.getName());
	}

	private static boolean isWaiting(ImportJobView view, String phase) {
		return phase.equals(view.phase()) && view.nextAttemptAt() != null && view.waitingReason() != null;
	}

	private ImportJobView imported(String filename, byte[] content) {
		return upload(filename, content, "force", "true").expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
	}

	private List<OrderView> ordersOf(String batchId) {
		return this.http.get()
			.uri("/api/v1/orders?batch_id={id}&limit=100", batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody()
			.items()
			.stream()
			.sorted(Comparator.comparingLong(OrderView::id))
			.toList();
	}

}

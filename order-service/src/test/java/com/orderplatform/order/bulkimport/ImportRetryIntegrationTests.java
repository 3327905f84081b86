package com.orderplatform.order.bulkimport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.job.run.ImportGate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an import: a retry (through the queue) charging its unpaid orders again, or
 * resuming a job that failed on an unexpected error from its checkpoint; retries refused
 * in other states; and results.csv.
 */
class ImportRetryIntegrationTests extends ImportIntegrationTestSupport {

	private static final byte[] SPEC_SAMPLE = CsvFixtures.read(CsvFixtures.resource("spec-sample.utf8.csv"));

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Test
	void chargesTheUnpaidOrdersAgainThroughTheQueueOnceThePaymentServiceIsBack() {
		this.downstream.paymentsDown();
		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(job.errorCode()).isEqualTo("PAYMENTS_INCOMPLETE");
		this.downstream.paymentsUp();

		ImportJobView queued = retry(job.id());
		assertThat(queued.status()).isEqualTo(ImportJobStatus.QUEUED);
		assertThat(List.of(String.valueOf(queued.errorCode()), String.valueOf(queued.finishedAt())))
			.containsOnly("null");
		ImportJobView retried = awaitStatus(job.id(), ImportJobStatus.COMPLETED);

		assertThat(retried.errorCode()).isNull();
		assertThat(retried.error()).isNull();
		assertThat(List.of(retried.processedRows(), retried.successRows(), retried.orderCount())).containsExactly(5, 5,
				5);
		assertThat(ordersOf(job.id())).hasSize(5).allSatisfy(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.PAID);
			assertThat(order.statusReason()).isNull();
		});
		assertThat(this.downstream.batches()).hasSize(2);
		assertThat(this.downstream.batches().get(0).get("items")).hasSize(4);
		assertThat(this.downstream.batches().get(0).get("batch_id").asString()).isEqualTo(job.id());
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
		assertThat(this.downstream.confirmationKeys()).hasSize(5).doesNotHaveDuplicates();

		retry(job.id());
		assertThat(awaitStatus(job.id(), ImportJobStatus.COMPLETED).errorCode()).isNull();
		assertThat(this.downstream.batches()).as("a second retry charges nothing").hasSize(2);
		assertThat(this.downstream.queuedKeys()).hasSize(5);
	}

	@Test
	void resumesAJobThatFailedOnAnUnexpectedErrorFromItsCheckpointWhenRetried() {
		// given a database that refuses, once armed, to record an order of this file as
		// paid: the first chunk is charged, then its outcome cannot be saved
		String filename = "internal-error-" + System.nanoTime() + ".csv";
		this.jdbc.sql("""
				CREATE TRIGGER refuse_paid BEFORE UPDATE OF status ON orders
				WHEN NEW.status = 'paid' AND NEW.csv_source = '%s'
				BEGIN SELECT RAISE(ABORT, 'injected failure'); END""".formatted(filename)).update();
		ImportJobView failed;
		try {
			failed = awaitStatus(imported(filename, SPEC_SAMPLE).id(), ImportJobStatus.FAILED);
		}
		finally {
			this.jdbc.sql("DROP TRIGGER refuse_paid").update();
		}
		assertThat(failed.errorCode()).isEqualTo("INTERNAL_ERROR");
		assertThat(failed.error()).contains("injected failure").endsWith("Retry it to go on from where it stopped.");
		assertThat(List.of(failed.processedRows(), failed.orderCount())).as("its counts are kept")
			.containsExactly(0, 5);
		// the first chunk's payment was answered, then recording it failed; the second
		// chunk, saved meanwhile, was charged as well, and its answer not recorded either
		assertThat(ordersOf(failed.id())).hasSize(5)
			.extracting(OrderView::status)
			.containsOnly(OrderStatus.PAYMENT_PROCESSING);
		assertThat(this.downstream.chargeRequests()).hasSize(5);
		// the same file uploaded again answers this job instead of importing it twice
		assertThat(upload(filename, SPEC_SAMPLE).expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody()
			.id()).isEqualTo(failed.id());

		retry(failed.id());
		ImportJobView done = awaitStatus(failed.id(), ImportJobStatus.COMPLETED);

		assertThat(List.of(done.processedRows(), done.successRows(), done.failedRows(), done.orderCount()))
			.containsExactly(5, 5, 0, 5);
		assertThat(ordersOf(failed.id())).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		// both chunks sent again (answered already_paid): each order charged exactly
		// once,
		// confirmed exactly once
		assertThat(this.downstream.batches()).extracting(batch -> batch.get("items").size())
			.containsExactly(4, 1, 4, 1);
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(2);
		assertThat(this.downstream.confirmationKeys()).hasSize(5).doesNotHaveDuplicates();
	}

	@Test
	void refusesToRetryAJobThatFailedOnItsFileOrIsStillRunning() {
		byte[] malformed = CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				"a@example.com,山田,付箋,1,380,JPY,", "b@example.com,\"山田\"x,付箋,1,380,JPY,");
		ImportJobView failed = awaitStatus(imported("malformed.csv", malformed).id(), ImportJobStatus.FAILED);
		assertThat(failed.errorCode()).isEqualTo("MALFORMED_CSV");

		this.http.post()
			.uri("/api/v1/imports/{id}/retry", failed.id())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Import " + failed.id() + " cannot be retried in state failed (MALFORMED_CSV): the same"
					+ " file would fail the same way; fix it and upload it again");
		ImportJobView running = dryRun(ImportGate.BLOCKED + "running.csv", SPEC_SAMPLE);
		awaitStatus(running.id(), ImportJobStatus.VALIDATING);
		this.http.post()
			.uri("/api/v1/imports/{id}/retry", running.id())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("Import " + running.id() + " cannot be retried in state validating: it is still running");
	}

	@Test
	void refusesToRetryOrReportAJobThatWasNotImported() {
		ImportJobView dryRun = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);

		this.http.post().uri("/api/v1/imports/{id}/retry", dryRun.id()).exchange().expectStatus().isEqualTo(409);
		this.http.get().uri("/api/v1/imports/{id}/results.csv", dryRun.id()).exchange().expectStatus().isEqualTo(409);
	}

	@Test
	void writesEveryRowWithItsResultInResultsCsv() {
		ImportJobView job = awaitStatus(imported("order-refs.csv", ORDER_REFS).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);
		Map<String, Long> orderByEmail = ordersOf(job.id()).stream()
			.collect(Collectors.toMap(OrderView::customerEmail, OrderView::id));

		byte[] csv = download(job.id(), "results.csv");

		List<String> uploaded = Arrays.asList(new String(ORDER_REFS, StandardCharsets.UTF_8).split("\n"));
		List<String> lines = Arrays.asList(new String(csv, StandardCharsets.UTF_8).split("\n"));
		assertThat(lines).hasSize(10);
		assertThat(lines.get(0))
			.isEqualTo("row_number,result,order_id,error_code,error_message,item_notes," + uploaded.get(0));
		assertThat(lines.get(1))
			.isEqualTo("2,imported," + orderByEmail.get("tanaka@example.co.jp") + ",,,," + uploaded.get(1));
		assertThat(lines.get(2))
			.isEqualTo("3,imported," + orderByEmail.get("tanaka@example.co.jp") + ",,,," + uploaded.get(2));
		assertThat(lines.get(3)).startsWith("4,failed,,ORDER_HAS_INVALID_ROW,").endsWith("," + uploaded.get(3));
		assertThat(lines.get(5)).startsWith("6,failed,,QUANTITY_BELOW_ONE,").endsWith("," + uploaded.get(5));
		assertThat(lines.get(8))
			.isEqualTo("9,imported," + orderByEmail.get("yamada@example.co.jp") + ",,,," + uploaded.get(8));
		assertThat(lines.get(9))
			.isEqualTo("10,imported," + orderByEmail.get("kato@example.co.jp") + ",,,," + uploaded.get(9));
	}

	/** Retries: 202 with the job, queued again. */
	private ImportJobView retry(String id) {
		return this.http.post()
			.uri("/api/v1/imports/{id}/retry", id)
			.exchange()
			.expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
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

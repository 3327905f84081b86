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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After an import: charging its unpaid orders again, and results.csv.
 */
class ImportRetryIntegrationTests extends ImportIntegrationTestSupport {

	private static final byte[] SPEC_SAMPLE = CsvFixtures.read(CsvFixtures.resource("spec-sample.utf8.csv"));

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	private DownstreamStubs downstream;

	@BeforeEach
	void startDownstream() {
		this.downstream = new DownstreamStubs();
	}

	@AfterEach
	void stopDownstream() {
		this.downstream.close();
	}

	@Test
	void chargesTheUnpaidOrdersAgainOnceThePaymentServiceIsBack() {
		this.downstream.paymentsDown();
		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(job.errorCode()).isEqualTo("PAYMENTS_INCOMPLETE");
		this.downstream.paymentsUp();

		ImportJobView retried = retry(job.id());

		assertThat(retried.status()).isEqualTo(ImportJobStatus.COMPLETED);
		assertThat(retried.errorCode()).isNull();
		assertThat(retried.error()).isNull();
		assertThat(ordersOf(job.id())).hasSize(5).allSatisfy(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.PAID);
			assertThat(order.statusReason()).isNull();
		});
		assertThat(this.downstream.batches()).hasSize(2);
		assertThat(this.downstream.batches().get(0).get("items")).hasSize(4);
		assertThat(this.downstream.batches().get(0).get("batch_id").asString()).isEqualTo(job.id());
		assertThat(this.downstream.bulks()).hasSize(2);

		assertThat(retry(job.id()).status()).isEqualTo(ImportJobStatus.COMPLETED);
		assertThat(this.downstream.batches()).hasSize(2);
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

	private ImportJobView retry(String id) {
		return this.http.post()
			.uri("/api/v1/imports/{id}/retry", id)
			.exchange()
			.expectStatus()
			.isOk()
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

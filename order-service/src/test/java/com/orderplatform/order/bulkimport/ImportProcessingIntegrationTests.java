package com.orderplatform.order.bulkimport;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import com.orderplatform.order.TestTokens;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.ImportRow;
import com.orderplatform.order.bulkimport.file.validation.CellValues;
import com.orderplatform.order.csv.FormulaPieces;
import com.orderplatform.order.order.OrderRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Real imports (chunks of 4 orders): exactly the valid orders with their items and
 * totals, one batch payment and one bulk notification per chunk, dry run then confirm,
 * all_or_nothing, the payment service down, the summary, and a re-run of the processing
 * that duplicates nothing.
 */
class ImportProcessingIntegrationTests extends ImportIntegrationTestSupport {

	private static final byte[] SPEC_SAMPLE = CsvFixtures.read(CsvFixtures.resource("spec-sample.utf8.csv"));

	private static final byte[] ORDER_REFS = CsvFixtures.read(CsvFixtures.resource("order-refs.csv"));

	@Autowired
	private JdbcClient jdbc;

	@RegisterExtension
	final DownstreamStubs downstream = new DownstreamStubs();

	@Test
	void importsTheValidOrdersChargingAndConfirmingThemOneChunkAtATime() {
		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);

		assertThat(
				List.of(job.totalRows(), job.successRows(), job.failedRows(), job.orderCount(), job.failedOrderCount()))
			.containsExactly(5, 5, 0, 5, 0);
		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).extracting(OrderView::customerName).containsExactly("田中太郎", "鈴木花子", "佐藤健一", "山田美咲", "高橋大輔");
		assertThat(orders).extracting(OrderView::totalAmount)
			.containsExactly(new BigDecimal("179600"), new BigDecimal("135000"), new BigDecimal("125000"),
					new BigDecimal("175000"), new BigDecimal("280000"));
		assertThat(orders).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(orders.get(0).items()).singleElement().satisfies(item -> {
			assertThat(item.productName()).isEqualTo("ノートPC");
			assertThat(item.quantity()).isEqualTo(2);
			assertThat(item.unitPrice()).isEqualByComparingTo("89800");
		});
		assertThat(this.jdbc.sql("SELECT import_row_number FROM orders WHERE batch_id = :id ORDER BY id")
			.param("id", job.id())
			.query(Integer.class)
			.list()).containsExactly(2, 3, 4, 5, 6);
		assertThat(this.jdbc.sql("SELECT DISTINCT csv_source FROM orders WHERE batch_id = :id")
			.param("id", job.id())
			.query(String.class)
			.list()).containsExactly("spec-sample.csv");

		List<JsonNode> batches = this.downstream.batches();
		assertThat(batches).hasSize(2);
		assertThat(batches).allSatisfy(batch -> assertThat(batch.get("batch_id").asString()).isEqualTo(job.id()));
		assertThat(orderIds(batches.get(0).get("items")))
			.containsExactly(ids(orders).subList(0, 4).toArray(Long[]::new));
		assertThat(orderIds(batches.get(1).get("items"))).containsExactly(ids(orders).get(4));
		assertThat(batches.get(0).get("items").get(0).get("amount").decimalValue()).isEqualByComparingTo("179600");
		List<JsonNode> bulks = this.downstream.bulks();
		assertThat(bulks).hasSize(2);
		assertThat(keys(bulks))
			.containsExactlyElementsOf(ids(orders).stream().map(id -> "import:" + job.id() + ":" + id).toList());
		JsonNode first = bulks.get(0).get("items").get(0);
		assertThat(first.get("template_name").asString()).isEqualTo("ORDER_CONFIRMATION");
		assertThat(first.get("recipient").asString()).isEqualTo("tanaka@example.co.jp");
		assertThat(first.get("batch_id").asString()).isEqualTo(job.id());
	}

	@Test
	void chargesTheNextChunkWhileAChunksConfirmationsAreInFlight() {
		this.downstream.holdFirstBulkUntilSecondBatch();

		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);

		assertThat(this.downstream.firstBulkOverlapped()).as("the second chunk was charged meanwhile").isTrue();
		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
		assertThat(keys(this.downstream.bulks()))
			.containsExactlyElementsOf(ids(orders).stream().map(id -> "import:" + job.id() + ":" + id).toList());
	}

	@Test
	void savesTheNextChunkWhileAChunksPaymentIsInFlight() {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single();
		this.downstream.holdFirstBatchUntil(
				() -> this.jdbc.sql("SELECT COUNT(*) FROM orders").query(Long.class).single() == before + 5);

		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);

		assertThat(this.downstream.firstBatchOverlapped()).as("the second chunk was saved meanwhile").isTrue();
		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).hasSize(5).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		List<JsonNode> batches = this.downstream.batches();
		assertThat(batches).hasSize(2);
		assertThat(orderIds(batches.get(0).get("items")))
			.containsExactly(ids(orders).subList(0, 4).toArray(Long[]::new));
		assertThat(orderIds(batches.get(1).get("items"))).containsExactly(ids(orders).get(4));
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
		assertThat(job.processedRows()).isEqualTo(5);
	}

	@Test
	void importsAValidatedDryRunWhenConfirmedKeepingTheFailedOrderOut() {
		ImportJobView dryRun = awaitStatus(dryRun("order-refs.csv", ORDER_REFS).id(), ImportJobStatus.VALIDATED);
		assertThat(ordersOf(dryRun.id())).isEmpty();

		this.http.post().uri("/api/v1/imports/{id}/confirm", dryRun.id()).exchange().expectStatus().isAccepted();
		ImportJobView job = awaitStatus(dryRun.id(), ImportJobStatus.COMPLETED_WITH_ERRORS);

		assertThat(job.dryRun()).isFalse();
		assertThat(List.of(job.totalRows(), job.processedRows(), job.successRows(), job.failedRows(), job.orderCount(),
				job.failedOrderCount()))
			.containsExactly(9, 9, 6, 3, 5, 1);
		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).extracting(OrderView::customerEmail)
			.containsExactlyInAnyOrder("tanaka@example.co.jp", "sato@example.co.jp", "yamada@example.co.jp",
					"kato@example.co.jp");
		assertThat(orders).extracting(OrderView::totalAmount)
			.map(BigDecimal::toBigInteger)
			.containsExactlyInAnyOrder(new BigDecimal("186600").toBigInteger(), new BigDecimal("160000").toBigInteger(),
					new BigDecimal("1900").toBigInteger(), new BigDecimal("1480").toBigInteger());
		assertThat(orders).filteredOn(order -> order.customerEmail().equals("tanaka@example.co.jp"))
			.singleElement()
			.satisfies(order -> assertThat(order.items()).hasSize(2));
		this.http.post().uri("/api/v1/imports/{id}/confirm", dryRun.id()).exchange().expectStatus().isEqualTo(409);
	}

	@Test
	void importsNothingWhenAllOrNothingMeetsAnInvalidRow() {
		ImportJobView job = awaitStatus(imported("order-refs.csv", ORDER_REFS, "error_policy", "all_or_nothing").id(),
				ImportJobStatus.FAILED);

		assertThat(job.errorCode()).isEqualTo("ALL_OR_NOTHING");
		assertThat(job.error()).startsWith("3 of 9 rows failed validation");
		assertThat(ordersOf(job.id())).isEmpty();
		assertThat(this.downstream.batches()).isEmpty();
	}

	@Test
	void waitsForThePaymentServiceThenLeavesTheOrdersPendingWithTheReasonOnceThePatienceRunsOut() {
		this.downstream.paymentsDown();
		ImportJobView job = imported("spec-sample.csv", SPEC_SAMPLE);

		// it waits (patience 1 s here) at the first chunk's payment, its 4 orders in
		// payment, and the second chunk's order saved meanwhile
		ImportJobView waiting = await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> job(job.id()), view -> "waiting_for_payments".equals(view.phase()));
		assertThat(waiting.status()).isEqualTo(ImportJobStatus.PROCESSING);
		assertThat(waiting.waitingReason()).startsWith("payment-service ");
		assertThat(waiting.nextAttemptAt()).isAfter(waiting.waitingSince());
		assertThat(ordersOf(job.id())).hasSize(5)
			.extracting(OrderView::status)
			.containsOnly(OrderStatus.PAYMENT_PROCESSING);

		ImportJobView ended = awaitStatus(job.id(), ImportJobStatus.COMPLETED_WITH_ERRORS);

		assertThat(ended.errorCode()).isEqualTo("PAYMENTS_INCOMPLETE");
		assertThat(ended.error()).startsWith("5 imported orders are not paid (pending with the reason)");
		assertThat(List.of(ended.successRows(), ended.orderCount())).containsExactly(5, 5);
		assertThat(List.of(String.valueOf(ended.phase()), String.valueOf(ended.waitingReason()),
				String.valueOf(ended.nextAttemptAt())))
			.containsOnly("null");
		List<OrderView> orders = ordersOf(job.id());
		assertThat(orders).hasSize(5).allSatisfy(order -> {
			assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(order.statusReason()).startsWith("Payment not completed: payment-service ");
		});
		assertThat(this.downstream.batches()).isEmpty();
		assertThat(this.downstream.bulks()).isEmpty();
	}

	@Test
	void sendsOneSummaryToTheUploader() {
		ImportJobView job = awaitStatus(uploadedAs("boss@example.com", "notify", "summary").id(),
				ImportJobStatus.COMPLETED);

		List<JsonNode> bulks = this.downstream.bulks();
		assertThat(bulks).hasSize(1);
		JsonNode summary = bulks.get(0).get("items").get(0);
		assertThat(bulks.get(0).get("items")).hasSize(1);
		assertThat(summary.get("template_name").asString()).isEqualTo("IMPORT_SUMMARY");
		assertThat(summary.get("recipient").asString()).isEqualTo("boss@example.com");
		assertThat(summary.get("idempotency_key").asString()).isEqualTo("import:" + job.id() + ":summary");
		assertThat(summary.get("order_id").asLong()).isEqualTo(ids(ordersOf(job.id())).get(0));
		assertThat(summary.get("template_data").get("total_amount").asLong()).isEqualTo(894600);
		assertThat(summary.get("template_data").get("success_rows").asInt()).isEqualTo(5);
		assertThat(summary.get("template_data").get("job_url").asString())
			.isEqualTo("http://localhost:5173/imports/" + job.id());
	}

	@Test
	void confirmsEachOrderAndSummarisesToTheUploadersEmailAddress() {
		String username = "uploader-" + System.nanoTime();
		as("admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON).body("""
				{"username": "%s", "password": "a-long-enough-password", "role": "admin",
				 "email": "imports@corp.example.jp"}""".formatted(username)).exchange().expectStatus().isCreated();
		ImportJobView job = awaitStatus(uploadedAs(username).id(), ImportJobStatus.COMPLETED);

		List<JsonNode> items = this.downstream.bulks()
			.stream()
			.flatMap(bulk -> bulk.get("items").valueStream())
			.toList();
		assertThat(items).extracting(item -> item.get("template_name").asString())
			.containsExactly("ORDER_CONFIRMATION", "ORDER_CONFIRMATION", "ORDER_CONFIRMATION", "ORDER_CONFIRMATION",
					"ORDER_CONFIRMATION", "IMPORT_SUMMARY");
		JsonNode summary = items.get(5);
		assertThat(summary.get("recipient").asString()).isEqualTo("imports@corp.example.jp");
		assertThat(summary.get("idempotency_key").asString()).isEqualTo("import:" + job.id() + ":summary");
		assertThat(summary.get("template_data").get("order_count").asInt()).isEqualTo(5);
		assertThat(summary.get("template_data").get("failed_rows").asInt()).isZero();
	}

	@Test
	void sendsNothingAtAllWhenTheModeIsNone() {
		ImportJobView job = awaitStatus(uploadedAs("quiet@example.com", "notify", "none").id(),
				ImportJobStatus.COMPLETED);

		assertThat(ordersOf(job.id())).hasSize(5)
			.allSatisfy(order -> assertThat(order.status()).isEqualTo(OrderStatus.PAID));
		assertThat(this.downstream.bulks()).isEmpty();
	}

	@Test
	void importsEveryRowOnceTheFailedRowsAreFixedInTheDownloadedErrorsCsvAndUploadedAgain() {
		// given an Excel file (Windows-31J, CRLF) with three good rows and three bad ones
		String header = "メールアドレス,顧客名,商品名,数量,単価,通貨,備考";
		byte[] file = CsvFixtures.bytes(CsvFixtures.CP932, false, CsvFixtures.CRLF, header,
				"takahashi@example.co.jp,髙橋﨑子,①番ノート,2,1500,JPY,㈱テスト", "sato@example.co.jp,＝佐藤一郎,②番ペン,二,300,JPY,",
				"ito@example.co.jp,伊藤花子,Ⅲ型ファイル,1,\"1,200\",JPY,", "kato@example,加藤健,\"=定規,-A4\",3,250,JPY,",
				"suzuki@example.co.jp,鈴木次郎,ホチキス,4,980,JPY,", "abe@example.co.jp,阿部真,付箋,5,-120,JPY,");
		ImportJobView first = awaitStatus(imported("excel-" + System.nanoTime() + ".csv", file).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(List.of(first.successRows(), first.failedRows())).containsExactly(3, 3);

		// when the user downloads errors.csv, fixes the three cells in it and uploads it
		// as it is
		byte[] errorsCsv = download(first.id(), "errors.csv");
		String downloaded = new String(errorsCsv, CsvFixtures.CP932);
		assertThat(downloaded.split("\r\n")).hasSize(4)
			.extracting(line -> line.split(",")[0])
			.containsExactly("row_number", "3", "5", "7");
		assertThat(FormulaPieces.inFile(downloaded)).isEmpty();
		String fixed = downloaded.replace(",二,", ",2,")
			.replace("kato@example,", "kato@example.co.jp,")
			.replace(",'-120,", ",120,");
		ImportJobView second = awaitStatus(imported("excel-fixed.csv", fixed.getBytes(CsvFixtures.CP932)).id(),
				ImportJobStatus.COMPLETED);

		// then every row of the original file is now in exactly one paid order
		assertThat(List.of(second.totalRows(), second.successRows(), second.failedRows(), second.orderCount()))
			.containsExactly(3, 3, 0, 3);
		assertThat(second.encoding()).isEqualTo("Windows-31J (Shift_JIS)");
		assertThat(second.warnings()).as("the columns errors.csv adds are known, not unknown").isEmpty();
		assertThat(ordersOf(second.id()))
			.extracting(OrderView::customerEmail, order -> order.totalAmount().longValue(), OrderView::status)
			.containsExactly(tuple("sato@example.co.jp", 600L, OrderStatus.PAID),
					tuple("kato@example.co.jp", 750L, OrderStatus.PAID),
					tuple("abe@example.co.jp", 600L, OrderStatus.PAID));
		assertThat(ordersOf(second.id()))
			.extracting(OrderView::customerName, order -> order.items().get(0).productName())
			.as("the values as first uploaded, neutralised cells included")
			.containsExactly(tuple("＝佐藤一郎", "②番ペン"), tuple("加藤健", "=定規,-A4"), tuple("阿部真", "付箋"));
		assertThat(ordersOf(first.id())).extracting(OrderView::customerName).containsExactly("髙橋﨑子", "伊藤花子", "鈴木次郎");
	}

	@Test
	void writesErrorsCsvAndResultsCsvThatNoDelimiterOpensAsAFormula(@TempDir Path dir) {
		// given a tab-delimited UTF-8 file (BOM, LF) with formulas at the start of cells
		// and after the other delimiters and line breaks inside them
		String header = String.join("\t", "customer_email", "customer_name", "product_name", "quantity", "unit_price",
				"currency", "notes");
		Path upload = CsvFixtures.file(dir, "upload.csv", CsvFixtures.bytes(StandardCharsets.UTF_8, true,
				CsvFixtures.LF, header,
				"tab1@example.co.jp\t\"=HYPERLINK(\"\"http://evil.example/\"\")\"\t@SUM(A1),-1;+2\t1\t1000\tJPY\t\"3階\n=1+2\"",
				"tab2@example.co.jp\t\"\t-x\"\t\"a;=1,+2\"\t-5\t100\tJPY\tend;"));
		ImportJobView job = awaitStatus(imported("tabs-" + System.nanoTime() + ".csv", CsvFixtures.read(upload)).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);

		// when
		Path errors = CsvFixtures.file(dir, "errors.csv", download(job.id(), "errors.csv"));
		Path results = CsvFixtures.file(dir, "results.csv", download(job.id(), "results.csv"));

		// then no piece of a line, split on a comma, semicolon or tab, starts a formula
		for (Path written : List.of(errors, results)) {
			String text = new String(CsvFixtures.read(written), StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFF");
			assertThat(FormulaPieces.inFile(text.substring(1))).isEmpty();
		}
		assertThat(CsvFixtures.rows(results)).extracting(row -> row.cells().get(1))
			.containsExactly("imported", "failed");
		// and the values read back are those uploaded
		ImportRow failed = CsvFixtures.rows(upload).get(1);
		assertThat(CsvFixtures.rows(errors)).singleElement()
			.satisfies(row -> assertThat(row.cells().subList(3, row.cells().size())).map(CellValues::text)
				.containsExactlyElementsOf(failed.cells().stream().map(CellValues::text).toList()));
		assertThat(ordersOf(job.id())).singleElement().satisfies(order -> {
			assertThat(order.customerName()).isEqualTo("=HYPERLINK(\"http://evil.example/\")");
			assertThat(order.items().get(0).productName()).isEqualTo("@SUM(A1),-1;+2");
		});
	}

	@Test
	void importsAFileForRealAfterItsDryRunAndThenRefusesToConfirmTheDryRunUnlessForced() {
		byte[] file = CsvFixtures.bytes(StandardCharsets.UTF_8, false, CsvFixtures.LF, CsvFixtures.HEADER,
				UUID.randomUUID() + "@example.com,山田美咲,マウス,2,3500,JPY,");
		ImportJobView dryRun = awaitStatus(accepted(upload("check.csv", file, "dry_run", "true")).id(),
				ImportJobStatus.VALIDATED);

		// a real upload of the same file is a new job, not the dry run
		ImportJobView real = accepted(upload("check.csv", file));
		assertThat(real.id()).isNotEqualTo(dryRun.id());
		assertThat(awaitStatus(real.id(), ImportJobStatus.COMPLETED).successRows()).isEqualTo(1);
		// and uploading it again answers that import, creating nothing
		assertThat(upload("again.csv", file).expectStatus()
			.isOk()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody()
			.id()).isEqualTo(real.id());

		// confirming the dry run now would import the file twice
		this.http.post()
			.uri("/api/v1/imports/{id}/confirm", dryRun.id())
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The same file was already imported by import " + real.id()
					+ " (completed); confirm with force=true to import it again");
		assertThat(job(dryRun.id()).status()).isEqualTo(ImportJobStatus.VALIDATED);
		assertThat(ordersOf(real.id())).hasSize(1);

		this.http.post()
			.uri("/api/v1/imports/{id}/confirm?force=true", dryRun.id())
			.exchange()
			.expectStatus()
			.isAccepted();
		assertThat(awaitStatus(dryRun.id(), ImportJobStatus.COMPLETED).successRows()).isEqualTo(1);
		assertThat(ordersOf(dryRun.id())).hasSize(1);
	}

	/** Uploads the spec's sample (forced) as an admin with the given user name. */
	private ImportJobView uploadedAs(String username, String... fields) {
		String token = TestTokens.of(this.context).token(username, "admin");
		String[] all = Arrays.copyOf(fields, fields.length + 2);
		all[fields.length] = "force";
		all[fields.length + 1] = "true";
		return accepted(
				upload(this.anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build(),
						null, "spec-sample.csv", SPEC_SAMPLE, all));
	}

	private static ImportJobView accepted(RestTestClient.ResponseSpec response) {
		return response.expectStatus().isAccepted().expectBody(ImportJobView.class).returnResult().getResponseBody();
	}

	@Test
	void queuesTheConfirmationsAChunkLostWhileTheNotificationServiceWasDown() {
		// the first chunk's bulk request and its one retry fail
		this.downstream.notificationsDownFor(2);

		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);

		assertThat(job.errorCode()).isNull();
		List<Long> orderIds = ids(ordersOf(job.id()));
		assertThat(this.downstream.queuedKeys()).containsExactlyInAnyOrderElementsOf(
				orderIds.stream().map(id -> job.id() + "|import:" + job.id() + ":" + id).toList());
	}

	@Test
	void reportsConfirmationsStillMissingOnceThePatienceRunsOutAndRetryQueuesThem() {
		this.downstream.notificationsDownFor(Integer.MAX_VALUE);

		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);

		assertThat(job.errorCode()).isEqualTo("CONFIRMATIONS_INCOMPLETE");
		assertThat(job.error()).isEqualTo("5 paid orders have no confirmation queued (the notification service was"
				+ " unreachable); POST /api/v1/imports/{id}/retry queues them");
		assertThat(ordersOf(job.id())).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(this.downstream.queuedKeys()).isEmpty();

		this.downstream.notificationsDownFor(0);
		this.http.post().uri("/api/v1/imports/{id}/retry", job.id()).exchange().expectStatus().isAccepted();

		assertThat(awaitStatus(job.id(), ImportJobStatus.COMPLETED).errorCode()).isNull();
		assertThat(this.downstream.queuedKeys()).hasSize(5);
		assertThat(this.downstream.chargeRequests().values()).as("nothing charged again").hasSize(5).containsOnly(1);
		assertThat(this.downstream.batches()).hasSize(2);
	}

	@Test
	void storesTheExactNumberOfItsOrdersForTheBatchListsTotalAlsoAfterARunAgain() {
		OrderRepository.BatchSizes sizes = this.context.getBean(OrderRepository.BatchSizes.class);
		ImportJobView job = awaitStatus(imported("list-refs.csv", refsAs("LIST-")).id(),
				ImportJobStatus.COMPLETED_WITH_ERRORS);

		// 9 rows: 5 orders, one with two items, one rejected with its rows
		assertThat(List.of(job.orderCount(), job.failedOrderCount(), job.failedRows())).containsExactly(5, 1, 3);
		assertThat(countOrders(job.id())).isEqualTo(4);
		assertThat(sizes.orderCount(job.id())).isEqualTo(OptionalLong.of(4));
		assertThat(listTotal(job.id())).isEqualTo(4);

		// a runner that died before its first checkpoint runs the processing again
		leftProcessingByADeadRunner(job.id(), true);
		assertThat(sizes.orderCount(job.id())).as("a running job is counted").isEmpty();
		awaitStatus(job.id(), ImportJobStatus.COMPLETED_WITH_ERRORS);

		assertThat(countOrders(job.id())).isEqualTo(4);
		assertThat(sizes.orderCount(job.id())).isEqualTo(OptionalLong.of(4));
		assertThat(listTotal(job.id())).isEqualTo(4);
	}

	@Test
	void leavesTheBatchOfADryRunOrAnAllOrNothingRefusalToBeCounted() {
		OrderRepository.BatchSizes sizes = this.context.getBean(OrderRepository.BatchSizes.class);
		byte[] refs = refsAs("DRY-");
		ImportJobView dryRun = awaitStatus(dryRun("dry-refs.csv", refs).id(), ImportJobStatus.VALIDATED);
		ImportJobView refused = awaitStatus(imported("dry-refs.csv", refs, "error_policy", "all_or_nothing").id(),
				ImportJobStatus.FAILED);

		assertThat(sizes.orderCount(dryRun.id())).isEmpty();
		assertThat(sizes.orderCount(refused.id())).isEmpty();
		assertThat(listTotal(dryRun.id())).isZero();
		assertThat(listTotal(refused.id())).isZero();
	}

	@Test
	void duplicatesNothingWhenTheProcessingRunsAgain() {
		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);
		List<Long> orderIds = ids(ordersOf(job.id()));
		List<String> keys = keys(this.downstream.bulks());
		int batches = this.downstream.batches().size();

		// a runner that died before its first checkpoint: the job is processing, its
		// lease
		// expired
		leftProcessingByADeadRunner(job.id(), true);
		ImportJobView again = awaitStatus(job.id(), ImportJobStatus.COMPLETED);

		assertThat(ids(ordersOf(job.id()))).isEqualTo(orderIds);
		assertThat(again.successRows()).isEqualTo(5);
		assertThat(this.downstream.batches()).hasSize(batches);
		List<String> allKeys = keys(this.downstream.bulks());
		assertThat(allKeys.subList(keys.size(), allKeys.size())).containsExactlyElementsOf(keys);
	}

	@Test
	void resumesAfterItsCheckpointRepeatingNoFinishedChunk() {
		ImportJobView job = awaitStatus(imported("spec-sample.csv", SPEC_SAMPLE).id(), ImportJobStatus.COMPLETED);
		int bulks = this.downstream.bulks().size();

		// a runner that died after its last checkpoint, before it ended the job
		leftProcessingByADeadRunner(job.id(), false);
		ImportJobView again = awaitStatus(job.id(), ImportJobStatus.COMPLETED);

		assertThat(List.of(again.processedRows(), again.successRows())).containsExactly(5, 5);
		assertThat(this.downstream.batches()).hasSize(2);
		assertThat(this.downstream.bulks()).as("every confirmation was queued: nothing sent again").hasSize(bulks);
		assertThat(this.downstream.chargeRequests().values()).hasSize(5).containsOnly(1);
	}

	private ImportJobView imported(String filename, byte[] content, String... fields) {
		String[] all = new String[fields.length + 2];
		all[0] = "force";
		all[1] = "true";
		System.arraycopy(fields, 0, all, 2, fields.length);
		return upload(filename, content, all).expectStatus()
			.isAccepted()
			.expectBody(ImportJobView.class)
			.returnResult()
			.getResponseBody();
	}

	private List<OrderView> ordersOf(String batchId) {
		List<OrderView> orders = new ArrayList<>(this.http.get()
			.uri("/api/v1/orders?batch_id={id}&limit=100", batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody()
			.items());
		orders.sort(java.util.Comparator.comparingLong(OrderView::id));
		return orders;
	}

	/**
	 * order-refs.csv with other order references: the same orders, a file of its own (the
	 * other tests confirm and re-import order-refs.csv).
	 */
	private static byte[] refsAs(String prefix) {
		return new String(ORDER_REFS, StandardCharsets.UTF_8).replace("PO-", prefix).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Puts an ended job back as its runner would have left it had it died while
	 * processing: still {@code processing}, its lease expired, so the runner takes it up
	 * again.
	 * @param beforeFirstCheckpoint whether it died before its first checkpoint (no
	 * checkpoint, nothing processed) rather than after its last
	 */
	private void leftProcessingByADeadRunner(String jobId, boolean beforeFirstCheckpoint) {
		this.jdbc
			.sql("UPDATE import_jobs SET status = 'processing', finished_at = NULL, claimed_by = 'dead',"
					+ " claimed_until = :past"
					+ (beforeFirstCheckpoint ? ", checkpoint_key = NULL, processed_rows = 0" : "") + " WHERE id = :id")
			.param("past", Timestamp.from(Instant.now().minusSeconds(60)))
			.param("id", jobId)
			.update();
	}

	private long countOrders(String batchId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM orders WHERE batch_id = :id")
			.param("id", batchId)
			.query(Long.class)
			.single();
	}

	private long listTotal(String batchId) {
		return this.http.get()
			.uri("/api/v1/orders?batch_id={id}&limit=1", batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody()
			.total();
	}

	private static List<Long> ids(List<OrderView> orders) {
		return orders.stream().map(OrderView::id).toList();
	}

	private static List<Long> orderIds(JsonNode items) {
		List<Long> ids = new ArrayList<>();
		items.forEach(item -> ids.add(item.get("order_id").asLong()));
		return ids;
	}

	private static List<String> keys(List<JsonNode> bulks) {
		List<String> keys = new ArrayList<>();
		bulks.forEach(bulk -> bulk.get("items").forEach(item -> keys.add(item.get("idempotency_key").asString())));
		return keys;
	}

}

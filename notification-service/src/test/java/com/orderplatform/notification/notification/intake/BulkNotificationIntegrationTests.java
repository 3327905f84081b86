package com.orderplatform.notification.notification.intake;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static com.orderplatform.notification.NotificationRequests.bulk;
import static com.orderplatform.notification.NotificationRequests.confirmationItem;
import static com.orderplatform.notification.NotificationRequests.item;
import static com.orderplatform.notification.NotificationRequests.sampleData;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v1/notifications/bulk} on a real SQLite file. */
class BulkNotificationIntegrationTests extends SqliteIntegrationTestSupport {

	@Test
	void queuesEveryItemAndAnswersInRequestOrder() {
		var result = postBulk(bulk(List.of(confirmationItem(1, "import-7-order-1", "import-7"),
				item(2, "sms", "+81-90-1234-5678", "ORDER_SHIPPED", sampleData(2), "import-7-order-2-sms", "import-7"),
				confirmationItem(3, "import-7-order-3", null))));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.queued[*].idempotency_key")
			.isEqualTo(List.of("import-7-order-1", "import-7-order-2-sms", "import-7-order-3"));
		json.extractingPath("$.queued[*].status").isEqualTo(List.of("pending", "pending", "pending"));
		json.extractingPath("$.queued[*].duplicate").isEqualTo(List.of(false, false, false));
		List<Long> ids = ids(result);
		assertThat(this.jdbc.sql("SELECT id, order_id, channel, recipient, batch_id FROM notifications ORDER BY id")
			.query((rs, row) -> List.of(rs.getLong("id"), rs.getLong("order_id"), rs.getString("channel"),
					rs.getString("recipient"), String.valueOf(rs.getString("batch_id"))))
			.list()).containsExactly(List.of(ids.get(0), 1L, "email", "order1@example.co.jp", "import-7"),
					List.of(ids.get(1), 2L, "sms", "+81-90-1234-5678", "import-7"),
					List.of(ids.get(2), 3L, "email", "order3@example.co.jp", "null"));
		awaitNothingPending();
		assertThat(countWithStatus("sent")).isEqualTo(3);
		assertThat(ids).allSatisfy((id) -> assertThat(this.transports.callsFor(id)).hasSize(1));
	}

	@Test
	void rendersEachItemWhenItIsAccepted() {
		long id = ids(postBulk(bulk(List.of(confirmationItem(42, "k-42", null))))).getFirst();

		var json = assertThat(get("/api/v1/notifications/{id}", id)).bodyJson();
		json.extractingPath("$.subject").isEqualTo("ご注文確認 — 注文番号 #42");
		json.extractingPath("$.body").asString().startsWith("田中太郎 様\n").contains("ご注文金額：183,100円");
	}

	@Test
	void queuesOneImportSummaryByEmailAndSms() {
		String summary = """
				{"batch_id": "import-9", "filename": "orders.csv", "total_rows": 1000, "success_rows": 998,
				 "failed_rows": 2, "order_count": 950, "total_amount": 12345600,
				 "job_url": "https://oms.example.jp/imports/import-9"}""";

		var result = postBulk(bulk(List.of(
				item(501, "email", "buyer@corp.example", "IMPORT_SUMMARY", summary, "import-9-summary-email",
						"import-9"),
				item(501, "sms", "090-1234-5678", "IMPORT_SUMMARY", summary, "import-9-summary-sms", "import-9"))));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		List<Long> ids = ids(result);
		var email = assertThat(get("/api/v1/notifications/{id}", ids.get(0))).bodyJson();
		email.extractingPath("$.subject").isEqualTo("CSV一括取込完了のお知らせ — orders.csv");
		email.extractingPath("$.body")
			.asString()
			.contains("バッチID：import-9\n取込結果の詳細：https://oms.example.jp/imports/import-9\n")
			.contains("成功：998行\n失敗：2行\n登録注文数：950件\n注文金額合計：12,345,600円");
		email.extractingPath("$.batch_id").isEqualTo("import-9");
		assertThat(get("/api/v1/notifications/{id}", ids.get(1))).bodyJson()
			.extractingPath("$.body")
			.isEqualTo("【一括取込完了】orders.csvの取込が完了いたしました。全1,000行中、成功998行・失敗2行、注文950件（合計12,345,600円）。" + "バッチID：import-9");
	}

	@Test
	void returnsTheExistingNotificationForAKeySeenInAnEarlierRequest() {
		List<Long> first = ids(postBulk(bulk(List.of(confirmationItem(1, "import-8-order-1", "import-8")))));
		awaitNothingPending();

		var again = postBulk(bulk(List.of(confirmationItem(1, "import-8-order-1", "import-8"),
				confirmationItem(2, "import-8-order-2", "import-8"))));

		assertThat(again).hasStatus(HttpStatus.ACCEPTED);
		var json = assertThat(again).bodyJson();
		json.extractingPath("$.queued[0].id").isEqualTo(first.getFirst().intValue());
		json.extractingPath("$.queued[*].duplicate").isEqualTo(List.of(true, false));
		json.extractingPath("$.queued[*].status").isEqualTo(List.of("sent", "pending"));
		assertThat(countNotifications()).isEqualTo(2);
		awaitNothingPending();
		assertThat(this.transports.callsFor(first.getFirst())).hasSize(1);
	}

	@Test
	void queuesAKeyRepeatedWithinOneRequestOnce() {
		var result = postBulk(bulk(List.of(confirmationItem(1, "same-key", null), confirmationItem(2, "other", null),
				confirmationItem(1, "same-key", null))));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		List<Long> ids = ids(result);
		assertThat(ids.get(2)).isEqualTo(ids.get(0));
		assertThat(ids.get(1)).isNotEqualTo(ids.get(0));
		assertThat(result).bodyJson().extractingPath("$.queued[*].duplicate").isEqualTo(List.of(false, false, true));
		assertThat(countNotifications()).isEqualTo(2);
	}

	@Test
	void assignsAKeyToAnItemWithout() {
		var result = postBulk(bulk(List.of(confirmationItem(1, null, null), confirmationItem(1, null, null))));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(result).bodyJson().extractingPath("$.queued[*].duplicate").isEqualTo(List.of(false, false));
		assertThat(result).bodyJson()
			.extractingPath("$.queued[*].idempotency_key")
			.asArray()
			.allSatisfy((key) -> assertThat((String) key).startsWith("auto-"))
			.doesNotHaveDuplicates();
		assertThat(countNotifications()).isEqualTo(2);
	}

	@Test
	void queuesConcurrentRequestsWithTheSameKeysOnce() throws Exception {
		String request = bulk(IntStream.rangeClosed(1, 20)
			.mapToObj((order) -> confirmationItem(order, "race-" + order, "race"))
			.toList());
		int requests = 4;
		CyclicBarrier start = new CyclicBarrier(requests);
		List<CompletableFuture<MvcTestResult>> results = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			results.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return postBulk(request);
			}));
		}

		List<List<Long>> answers = new ArrayList<>();
		int created = 0;
		for (CompletableFuture<MvcTestResult> result : results) {
			MvcTestResult answer = result.get();
			assertThat(answer).hasStatus(HttpStatus.ACCEPTED);
			answers.add(ids(answer));
			created += (int) IntStream.range(0, 20).filter((i) -> !duplicate(answer, i)).count();
		}
		assertThat(countNotifications()).isEqualTo(20);
		assertThat(created).isEqualTo(20);
		assertThat(answers).allSatisfy((ids) -> assertThat(ids).isEqualTo(answers.getFirst()));
	}

	@Test
	void refusesTheWholeRequestNamingEveryInvalidItem() {
		var result = postBulk(bulk(List.of(confirmationItem(1, "ok-1", null),
				item(2, "email", "+81-90-1234-5678", "ORDER_CONFIRMATION", sampleData(2), "bad-2", null),
				item(3, "sms", "+81-90-1234-5678", "ORDER_LOST", sampleData(3), "bad-3", null),
				item(4, "email", "x@example.com", "ORDER_CONFIRMATION", "{\"total_amount\": 1, \"item_count\": 1}",
						"bad-4", null))));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.field").isEqualTo("items[1].recipient");
		json.extractingPath("$.errors[*].field")
			.isEqualTo(List.of("items[1].recipient", "items[2].template_name", "items[3].template_data.customer_name"));
		json.extractingPath("$.errors[0].message").isEqualTo("must be an email address for channel email");
		json.extractingPath("$.detail")
			.isEqualTo("3 item(s) cannot be queued, so nothing was: items[1].recipient: must be an email address "
					+ "for channel email");
		assertThat(countNotifications()).isZero();
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/bulk: /items/1/channel does not match the regex pattern (?i)email|sms")
	void refusesAnItemWithAnInvalidFieldNamingIt() {
		var result = postBulk(bulk(List.of(confirmationItem(1, "ok-1", null),
				item(2, "fax", "x@example.com", "ORDER_CONFIRMATION", sampleData(2), "bad-2", null))));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items[1].channel");
		assertThat(countNotifications()).isZero();
	}

	@Test
	void refusesMoreThanOneThousandItemsNamingItems() {
		var result = postBulk(bulk(IntStream.rangeClosed(1, 1001)
			.mapToObj((order) -> confirmationItem(order, "big-" + order, null))
			.toList()));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo(
					"A bulk request may hold at most 1000 items; this one holds 1001. Split it into several requests.");
		assertThat(countNotifications()).isZero();
	}

	@Test
	void queuesExactlyOneThousandItems() {
		var result = postBulk(bulk(IntStream.rangeClosed(1, 1000)
			.mapToObj((order) -> confirmationItem(order, "max-" + order, null))
			.toList()));

		assertThat(result).hasStatus(HttpStatus.ACCEPTED);
		assertThat(ids(result)).hasSize(1000).doesNotHaveDuplicates();
		assertThat(countNotifications()).isEqualTo(1000);
		this.jdbc.sql("DELETE FROM notifications").update();
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/bulk: /items must have at least 1 items but found 0")
	void refusesAnEmptyList() {
		var result = postBulk("{\"items\": []}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items");
	}

	private static List<Long> ids(MvcTestResult result) {
		return IntStream.range(0, itemCount(result))
			.mapToObj((i) -> Long.valueOf(String.valueOf(read(result, "$.queued[" + i + "].id"))))
			.toList();
	}

	private static boolean duplicate(MvcTestResult result, int index) {
		return Boolean.TRUE.equals(read(result, "$.queued[" + index + "].duplicate"));
	}

	private static int itemCount(MvcTestResult result) {
		return ((Number) read(result, "$.queued.length()")).intValue();
	}

	private static Object read(MvcTestResult result, String path) {
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), path);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

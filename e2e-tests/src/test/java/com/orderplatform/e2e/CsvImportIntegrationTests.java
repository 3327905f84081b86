package com.orderplatform.e2e;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;

import com.orderplatform.order.api.ImportErrorPage;
import com.orderplatform.order.api.ImportErrorView;
import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A corporate customer's file as Excel on Japanese Windows saves it (Windows-31J, CRLF)
 * imported across the three real services: the valid rows become paid orders through one
 * batch payment, their confirmations go through the notification queue, and the invalid
 * row is reported with its spreadsheet row number.
 */
class CsvImportIntegrationTests {

	private static Platform platform;

	private static ApiClient admin;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = new ApiClient().login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	@Test
	void excelFileFromJapaneseWindowsBecomesPaidConfirmedOrders() {
		String csv = String.join("\r\n", "メールアドレス,顧客名,商品名,数量,単価,通貨,備考",
				"takahashi@example.co.jp,髙橋一郎,ノートPC,2,\"89,800\",JPY,法人割引適用",
				"yamazaki@example.co.jp,山﨑花子,モニター①,3,45000,,", "broken-email,佐藤健一,キーボード,10,12500,JPY,",
				"kabu@example.co.jp,㈱テスト商事,マウス,50,3500,JPY,全社配布", "");
		byte[] bytes = csv.getBytes(Charset.forName("windows-31j"));

		ApiClient.Response accepted = admin.postFile(platform.order.baseUri(), "/api/v1/imports",
				Map.of("notify", "per_order"), "注文一覧.csv", bytes);

		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String job = accepted.as(ImportJobView.class).id();
		ImportJobView finished = await().atMost(Duration.ofSeconds(60))
			.until(() -> admin.get(platform.order.baseUri(), "/api/v1/imports/" + job).as(ImportJobView.class),
					view -> view.finishedAt() != null);
		assertThat(finished.status()).as(finished.error()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(finished.encoding()).containsIgnoringCase("31j");
		assertThat(finished.totalRows()).isEqualTo(4);
		assertThat(finished.successRows()).isEqualTo(3);
		assertThat(finished.failedRows()).isEqualTo(1);
		assertThat(finished.orderCount()).isEqualTo(4);
		assertThat(finished.failedOrderCount()).isEqualTo(1);
		assertThat(finished.progress()).isEqualTo(1.0);

		ImportErrorPage errors = admin.get(platform.order.baseUri(), "/api/v1/imports/" + job + "/errors")
			.as(ImportErrorPage.class);
		assertThat(errors.items()).extracting(ImportErrorView::rowNumber, ImportErrorView::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(4, "customer_email"));

		JsonNode orders = admin.get(platform.order.baseUri(), "/api/v1/orders?batch_id=" + job).json();
		assertThat(orders.get("total").asInt()).isEqualTo(3);
		orders.get("items").forEach(order -> assertThat(order.get("status").asString()).isEqualTo("paid"));
		JsonNode payments = admin.get(platform.payment.baseUri(), "/api/v1/payments?batch_id=" + job).json();
		assertThat(payments.get("total").asInt()).isEqualTo(3);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> admin
				.get(platform.notification.baseUri(), "/api/v1/notifications?batch_id=" + job + "&status=sent")
				.json()
				.get("total")
				.asInt(), sent -> sent == 3);
	}

	@Test
	void tellsTheUploaderByEmailHowTheirImportEnded() throws Exception {
		String username = "importer-" + System.nanoTime();
		ApiClient.Response created = admin.post(platform.order.baseUri(), "/api/v1/users", Map.of("username", username,
				"password", "importer-password-0123", "role", "admin", "email", username + "@corp.example.jp"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		ApiClient uploader = new ApiClient().login(platform.order.baseUri(), username, "importer-password-0123");
		String filename = username + ".csv";
		byte[] csv = String
			.join("\n", "customer_email,customer_name,product_name,quantity,unit_price,currency,notes",
					"a@" + username + ".example.jp,青木一郎,ペン,2,300,JPY,", "not-an-email,井上二郎,ノート,1,500,JPY,", "")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		String job = uploader
			.postFile(platform.order.baseUri(), "/api/v1/imports", Map.of("notify", "summary"), filename, csv)
			.as(ImportJobView.class)
			.id();

		MimeMessage summary = await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (MimeMessage message : platform.smtp.getReceivedMessages()) {
				if (message.getSubject().equals("CSV一括取込完了のお知らせ — " + filename)) {
					return message;
				}
			}
			return null;
		}, found -> found != null);
		assertThat(summary.getAllRecipients()).extracting(Object::toString)
			.containsExactly(username + "@corp.example.jp");
		assertThat(((String) summary.getContent()).replace("\r\n", "\n")).contains("バッチID：" + job + "\n")
			.contains("取込結果の詳細：http://localhost:5173/imports/" + job + "\n")
			.contains("処理行数：2行\n成功：1行\n失敗：1行\n登録注文数：1件\n注文金額合計：600円");
		ImportJobView finished = admin.get(platform.order.baseUri(), "/api/v1/imports/" + job).as(ImportJobView.class);
		assertThat(finished.status()).isEqualTo(ImportJobStatus.COMPLETED_WITH_ERRORS);
		assertThat(admin.get(platform.notification.baseUri(), "/api/v1/notifications?batch_id=" + job)
			.json()
			.get("total")
			.asInt()).as("the summary only, no confirmation").isEqualTo(1);
	}

}

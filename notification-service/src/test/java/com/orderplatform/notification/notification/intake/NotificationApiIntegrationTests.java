package com.orderplatform.notification.notification.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.orderplatform.notification.ScriptedTransports;
import com.orderplatform.notification.SqliteIntegrationTestSupport;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpStatus;

import static com.orderplatform.notification.NotificationRequests.email;
import static com.orderplatform.notification.NotificationRequests.sms;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queueing and reading single notifications through the API, on a real SQLite file; the
 * dispatcher sends them in the background.
 */
class NotificationApiIntegrationTests extends SqliteIntegrationTestSupport {

	@Test
	void queuesJapaneseConfirmationEmailRenderedFromTheSeededTemplate() {
		Instant now = this.time.instant().truncatedTo(ChronoUnit.MILLIS);

		var result = postEmail(email(42, "ORDER_CONFIRMATION", "ja"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		long id = idOf(result.getResponse().getHeader("Location"));
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("http://localhost/api/v1/notifications/" + id);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.id").isEqualTo((int) id);
		json.extractingPath("$.order_id").isEqualTo(42);
		json.extractingPath("$.channel").isEqualTo("email");
		json.extractingPath("$.template_name").isEqualTo("ORDER_CONFIRMATION");
		json.extractingPath("$.recipient").isEqualTo("tanaka@example.co.jp");
		json.extractingPath("$.subject").isEqualTo("ご注文確認 — 注文番号 #42");
		json.extractingPath("$.body").asString().startsWith("田中太郎 様\n").contains("183,100円").contains("2点");
		json.extractingPath("$.status").isEqualTo("pending");
		json.extractingPath("$.failure_reason").isNull();
		json.extractingPath("$.sent_at").isNull();
		json.extractingPath("$.created_at").isEqualTo(now.toString());
		json.extractingPath("$.batch_id").isNull();
		json.extractingPath("$.attempts").isEqualTo(0);
		json.extractingPath("$.message_id")
			.isEqualTo("<notification-%d.%d@localhost>".formatted(id, now.toEpochMilli()));
	}

	@Test
	void sendsTheQueuedEmailOnceWithItsMessageIdAtTheMomentItWasQueued() {
		Instant now = this.time.instant().truncatedTo(ChronoUnit.MILLIS);
		long id = idOf(postEmail(email(42, "ORDER_CONFIRMATION", "ja")).getResponse().getHeader("Location"));

		awaitNothingPending();

		var json = assertThat(get("/api/v1/notifications/{id}", id)).bodyJson();
		json.extractingPath("$.status").isEqualTo("sent");
		json.extractingPath("$.attempts").isEqualTo(1);
		// An idle queue has the send slot free at once, so the send starts when queued.
		json.extractingPath("$.sent_at").isEqualTo(now.toString());
		assertThat(this.transports.calls()).containsExactly(new ScriptedTransports.Call(id, "email",
				"tanaka@example.co.jp", "<notification-%d.%d@localhost>".formatted(id, now.toEpochMilli())));
	}

	@Test
	void answersARepeatedIdempotencyKeyWithTheFirstNotification() {
		String request = """
				{"order_id": 42, "to_email": "tanaka@example.co.jp", "template_name": "ORDER_SHIPPED",
				 "template_data": {"customer_name": "田中太郎"}, "idempotency_key": "order-42-shipped"}""";
		var first = postEmail(request);
		long id = idOf(first.getResponse().getHeader("Location"));
		awaitNothingPending();

		var second = postEmail(request);

		assertThat(first).hasStatus(HttpStatus.CREATED);
		assertThat(second).hasStatus(HttpStatus.OK);
		assertThat(second).bodyJson().extractingPath("$.id").isEqualTo((int) id);
		assertThat(second).bodyJson().extractingPath("$.status").isEqualTo("sent");
		assertThat(countNotifications()).isEqualTo(1);
		assertThat(this.transports.callsFor(id)).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "ORDER_CONFIRMATION, ご注文確認 — 注文番号 #42", "ORDER_SHIPPED, 発送のお知らせ — 注文番号 #42",
			"ORDER_CANCELLED, ご注文キャンセルのお知らせ — 注文番号 #42" })
	void rendersEachSeededJapaneseSubjectExactly(String template, String subject) {
		var result = postEmail(email(42, template, null));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.subject").isEqualTo(subject);
		assertThat(result).bodyJson().extractingPath("$.body").asString().startsWith("田中太郎 様");
	}

	@ParameterizedTest
	@CsvSource({ "ORDER_CONFIRMATION, Order confirmation — Order #7",
			"ORDER_SHIPPED, Your order has shipped — Order #7", "ORDER_CANCELLED, Order cancelled — Order #7" })
	void rendersTheEnglishVariant(String template, String subject) {
		String data = """
				{"customer_name": "Taro Tanaka", "total_amount": 183100, "item_count": 2}""";

		var result = postEmail(email(7, "taro@example.com", template, "en", data));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.subject").isEqualTo(subject);
		assertThat(result).bodyJson().extractingPath("$.body").asString().startsWith("Dear Taro Tanaka,\n");
	}

	@Test
	void writesTheEnglishAmountWithYenSignAndThousandsSeparators() {
		var result = postEmail(email(42, "ORDER_CONFIRMATION", "en"));

		assertThat(result).bodyJson().extractingPath("$.body").asString().contains("Order total: ¥183,100\n");
	}

	@Test
	void keepsAmpersandsInNamesAsTyped() {
		String data = """
				{"customer_name": "Smith & Sons <Tokyo>", "total_amount": 5000, "item_count": 1}""";

		var result = postEmail(email(9, "billing@smith.example", "ORDER_CONFIRMATION", "en", data));

		assertThat(result).bodyJson()
			.extractingPath("$.body")
			.asString()
			.startsWith("Dear Smith & Sons <Tokyo>,")
			.contains("¥5,000");
	}

	@Test
	void queuesSmsAndSendsItThroughTheSmsTransport() {
		var result = postSms(sms(42, "ORDER_SHIPPED", "ja"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.channel").isEqualTo("sms");
		json.extractingPath("$.recipient").isEqualTo("+81-90-1234-5678");
		json.extractingPath("$.subject").isNull();
		json.extractingPath("$.message_id").isNull();
		json.extractingPath("$.body").isEqualTo("【発送のお知らせ】田中太郎様、ご注文（注文番号#42）の商品を発送いたしました。");
		json.extractingPath("$.status").isEqualTo("pending");
		long id = idOf(result.getResponse().getHeader("Location"));
		awaitNothingPending();
		assertThat(statusOf(id)).isEqualTo("sent");
		assertThat(this.transports.calls())
			.containsExactly(new ScriptedTransports.Call(id, "sms", "+81-90-1234-5678", null));
	}

	@Test
	void rejectsAnUnknownTemplateNamingWhatExists() {
		var result = postEmail(email(42, "ORDER_LOST", "ja"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.field").isEqualTo("template_name");
		json.extractingPath("$.detail")
			.isEqualTo("No template 'ORDER_LOST' exists for channel email and language ja; "
					+ "available: IMPORT_SUMMARY, ORDER_CANCELLED, ORDER_CONFIRMATION, ORDER_SHIPPED");
		json.extractingPath("$.available_templates")
			.isEqualTo(List.of("IMPORT_SUMMARY", "ORDER_CANCELLED", "ORDER_CONFIRMATION", "ORDER_SHIPPED"));
		assertThat(countNotifications()).isZero();
	}

	@Test
	void rejectsDataWithoutAVariableTheTemplateNeeds() {
		var result = postEmail(email(42, "tanaka@example.co.jp", "ORDER_CONFIRMATION", "ja", """
				{"total_amount": 183100, "item_count": 2}"""));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("template_data.customer_name");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Template ORDER_CONFIRMATION (email, ja) needs the variable 'customer_name' in template_data");
		assertThat(countNotifications()).isZero();
	}

	@Test
	void takesOrderIdFromTheRequestWhenTemplateDataLeavesItOut() {
		var result = postEmail(email(77, "tanaka@example.co.jp", "ORDER_SHIPPED", "ja", """
				{"customer_name": "田中太郎"}"""));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.subject").isEqualTo("発送のお知らせ — 注文番号 #77");
	}

	@Test
	void rejectsANonNumericAmount() {
		var result = postEmail(email(42, "tanaka@example.co.jp", "ORDER_CONFIRMATION", "ja", """
				{"customer_name": "田中太郎", "total_amount": "lots", "item_count": 2}"""));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("template_data");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'lots' is not a number");
	}

	@ParameterizedTest
	@CsvSource({ "tanaka-at-example.co.jp", "tanaka@example", "'tanaka @example.co.jp'" })
	void rejectsAnInvalidEmailAddress(String address) {
		var result = postEmail(email(42, address, "ORDER_CONFIRMATION", "ja", "{}"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("to_email");
		assertThat(countNotifications()).isZero();
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/sms: /to_phone does not match the regex pattern ^\\+?[0-9][0-9-]{6,19}$")
	void rejectsAnInvalidPhoneNumber() {
		var result = postSms("""
				{"order_id": 42, "to_phone": "call me", "template_name": "ORDER_SHIPPED", "template_data": {}}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("to_phone");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/email: /language does not match the regex pattern ja|en")
	void rejectsAnUnsupportedLanguage() {
		var result = postEmail(email(42, "ORDER_CONFIRMATION", "fr"));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("language");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/email:  required property 'order_id' not found")
	void rejectsAMissingOrderId() {
		var result = postEmail("""
				{"to_email": "tanaka@example.co.jp", "template_name": "ORDER_CONFIRMATION"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("order_id");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/notifications/email is not JSON: Unexpected end-of-input within/between Object entries")
	void rejectsMalformedJson() {
		var result = postEmail("{\"order_id\": 42, \"to_email\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is missing or is not valid JSON of the expected shape.");
		assertThat(countNotifications()).isZero();
	}

	@Test
	void returnsANotificationById() {
		long id = idOf(postEmail(email(42, "ORDER_CONFIRMATION", "ja")).getResponse().getHeader("Location"));
		awaitNothingPending();

		var result = get("/api/v1/notifications/{id}", id);

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo((int) id);
		assertThat(result).bodyJson().extractingPath("$.subject").isEqualTo("ご注文確認 — 注文番号 #42");
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("sent");
	}

	@Test
	void answersNotFoundForAnUnknownId() {
		var result = get("/api/v1/notifications/{id}", 999_999);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Notification 999999 does not exist");
	}

	@Test
	void rejectsANonNumericId() {
		var result = get("/api/v1/notifications/abc");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("notification_id");
	}

	@Test
	void listsTheNotificationsOfOneOrderOldestFirst() {
		postEmail(email(42, "ORDER_CONFIRMATION", "ja"));
		this.time.advance(Duration.ofMillis(5));
		postSms(sms(42, "ORDER_SHIPPED", "ja"));
		this.time.advance(Duration.ofMillis(5));
		postEmail(email(43, "ORDER_CONFIRMATION", "ja"));
		this.time.advance(Duration.ofMillis(5));
		postEmail(email(42, "ORDER_CANCELLED", "ja"));

		var result = get("/api/v1/notifications/order/{orderId}", 42);

		assertThat(result).hasStatus(HttpStatus.OK);
		var json = assertThat(result).bodyJson();
		json.extractingPath("$.length()").isEqualTo(3);
		json.extractingPath("$[*].template_name")
			.isEqualTo(List.of("ORDER_CONFIRMATION", "ORDER_SHIPPED", "ORDER_CANCELLED"));
		json.extractingPath("$[*].channel").isEqualTo(List.of("email", "sms", "email"));
	}

	@Test
	void listsNoNotificationsForAnOrderWithout() {
		var result = get("/api/v1/notifications/order/{orderId}", 404);

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isEqualTo("[]");
	}

}

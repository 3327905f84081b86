package com.orderplatform.e2e;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.api.OrderItemRequest;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PlaceOrderRequest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.testsupport.PathVariants;
import com.orderplatform.testsupport.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security regressions across the real services (the per-service authorization matrices
 * run in each service's own tests): an operator cannot import, a viewer cannot write
 * anywhere, and a forged or replayed payment webhook or gateway callback changes nothing.
 */
class SecurityRegressionIntegrationTests {

	private static final String GATEWAY_CALLBACK = "/api/v1/payments/webhook";

	private static final ApiClient anonymous = new ApiClient();

	private static Platform platform;

	private static ApiClient admin;

	private static ApiClient operator;

	private static ApiClient viewer;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = anonymous.login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
		operator = user("sec-operator", "operator");
		viewer = user("sec-viewer", "viewer");
	}

	@Test
	void anOperatorCannotImportOrSeeImports() {
		byte[] csv = "customer_email,customer_name,product_name,quantity,unit_price\r\nop@example.co.jp,操作員,商品,1,1000\r\n"
			.getBytes(StandardCharsets.UTF_8);
		long jobsBefore = jobs();

		ApiClient.Response upload = operator.postFile(platform.order.baseUri(), "/api/v1/imports", Map.of(), "op.csv",
				csv);

		assertThat(upload.status()).as(upload.body()).isEqualTo(403);
		assertThat(operator.get(platform.order.baseUri(), "/api/v1/imports").status()).isEqualTo(403);
		assertThat(operator.get(platform.order.baseUri(), "/api/v1/imports/template.csv").status()).isEqualTo(403);
		assertThat(jobs()).isEqualTo(jobsBefore);
	}

	@Test
	void aViewerCanReadButCannotWriteAnywhere() {
		OrderView order = placeOrder();
		PaymentView payment = admin.get(platform.payment.baseUri(), "/api/v1/payments/order/" + order.id())
			.as(PaymentView.class);
		long ordersBefore = total(platform.order.baseUri(), "/api/v1/orders?limit=1");

		List<ApiClient.Response> writes = List.of(
				viewer.post(platform.order.baseUri(), "/api/v1/orders", orderRequest()),
				viewer.put(platform.order.baseUri(), "/api/v1/orders/" + order.id() + "/status",
						Map.of("status", "shipped")),
				viewer.delete(platform.order.baseUri(), "/api/v1/orders/" + order.id() + "?reason=viewer"),
				viewer.postFile(platform.order.baseUri(), "/api/v1/imports", Map.of(), "v.csv",
						"customer_email\r\n".getBytes(StandardCharsets.UTF_8)),
				viewer.post(platform.order.baseUri(), "/api/v1/users",
						Map.of("username", "viewer-made", "password", "a-long-password-123", "role", "admin")),
				viewer.post(platform.payment.baseUri(), "/api/v1/payments",
						Map.of("order_id", order.id(), "amount", 1000)),
				viewer.post(platform.payment.baseUri(), "/api/v1/payments/refund",
						Map.of("payment_id", payment.id(), "reason", "viewer")),
				viewer.post(platform.payment.baseUri(), "/api/v1/payments/batch",
						Map.of("batch_id", "viewer", "items", List.of(Map.of("order_id", 1, "amount", 1000)))),
				viewer.post(platform.notification.baseUri(), "/api/v1/notifications/email",
						Map.of("order_id", order.id(), "to_email", "x@example.co.jp", "template_name", "ORDER_SHIPPED",
								"template_data", Map.of("customer_name", "x"))));

		assertThat(writes).extracting(ApiClient.Response::status).containsOnly(403);
		assertThat(viewer.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).status()).isEqualTo(200);
		assertThat(viewer.get(platform.payment.baseUri(), "/api/v1/payments/order/" + order.id()).status())
			.isEqualTo(200);
		assertThat(total(platform.order.baseUri(), "/api/v1/orders?limit=1")).isEqualTo(ordersBefore);
		OrderView after = admin.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).as(OrderView.class);
		assertThat(after.status()).isEqualTo(OrderStatus.PAID);
		assertThat(admin.get(platform.payment.baseUri(), "/api/v1/payments/order/" + order.id())
			.as(PaymentView.class)
			.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(admin.get(platform.order.baseUri(), "/api/v1/users/viewer-made").status()).isEqualTo(404);
	}

	@Test
	void theReportedUnsignedWebhookBypassIsClosedForEverySpellingOfThePath() throws Exception {
		// A pending order: 2,000,000 JPY is over the per-payment limit, so its charge is
		// refused.
		ApiClient.Response placed = operator.post(platform.order.baseUri(), "/api/v1/orders",
				Map.of("customer_email", "x@example.co.jp", "customer_name", "X", "items",
						List.of(Map.of("product_name", "A", "quantity", 2, "unit_price", 1000000))));
		OrderView pending = placed.as(OrderView.class);
		assertThat(pending.status()).isEqualTo(OrderStatus.PENDING);
		String canonical = "/api/v1/orders/" + pending.id() + "/webhook";
		byte[] forged = bytes("{\"payment_status\":\"completed\",\"transaction_id\":\"forged\"}");
		int port = platform.order.baseUri().getPort();

		for (PathVariants.Variant variant : PathVariants.of(canonical)) {
			RawHttp.Response response = RawHttp.send(port, "POST", variant.path(),
					Map.of("Content-Type", "application/json"), forged);
			assertThat(response.status()).as("POST %s (%s) without a signature", variant.path(), variant.name())
				.isIn(400, 401, 404, 405);
		}
		OrderView other = placeOrder();
		byte[] secret = Files.readAllBytes(platform.dataDir.resolve("webhook.secret"));
		RawHttp.Response replayed = RawHttp.send(port, "POST", canonical,
				Map.of("Content-Type", "application/json", WebhookSignatures.HEADER, WebhookSignatures.sign(secret,
						Instant.now(), "POST", "/api/v1/orders/" + other.id() + "/webhook", forged)),
				forged);

		assertThat(replayed.status()).as("another order's signature").isEqualTo(401);
		OrderView after = admin.get(platform.order.baseUri(), canonical.replace("/webhook", "")).as(OrderView.class);
		assertThat(after.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(after.statusHistory()).hasSameSizeAs(pending.statusHistory());
	}

	@Test
	void aReplayedOrderWebhookChangesNothing() throws Exception {
		OrderView order = placeOrder();
		String path = "/api/v1/orders/" + order.id() + "/webhook";
		byte[] secret = Files.readAllBytes(platform.dataDir.resolve("webhook.secret"));
		String completed = "{\"payment_status\":\"completed\",\"transaction_id\":\"replayed\"}";
		String failed = "{\"payment_status\":\"failed\",\"transaction_id\":\"replayed\",\"reason\":\"replayed\"}";
		Map<String, String> completedSignature = Map.of(WebhookSignatures.HEADER,
				WebhookSignatures.sign(secret, Instant.now().minusSeconds(60), "POST", path, bytes(completed)));
		Map<String, String> failedSignature = Map.of(WebhookSignatures.HEADER,
				WebhookSignatures.sign(secret, Instant.now().minusSeconds(120), "POST", path, bytes(failed)));

		List<ApiClient.Response> replays = List.of(
				anonymous.postRaw(platform.order.baseUri(), path, completed, completedSignature),
				anonymous.postRaw(platform.order.baseUri(), path, completed, completedSignature),
				anonymous.postRaw(platform.order.baseUri(), path, failed, failedSignature),
				anonymous.postRaw(platform.order.baseUri(), path, failed, failedSignature));
		ApiClient.Response forged = anonymous.postRaw(platform.order.baseUri(), path, failed, Map.of(
				WebhookSignatures.HEADER,
				WebhookSignatures.sign(bytes("forged-secret-0123456789"), Instant.now(), "POST", path, bytes(failed))));
		ApiClient.Response tampered = anonymous.postRaw(platform.order.baseUri(), path,
				failed.replace("replayed\"}", "tampered\"}"), failedSignature);

		assertThat(replays).extracting(ApiClient.Response::status).containsOnly(200);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(tampered.status()).isEqualTo(401);
		OrderView after = admin.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).as(OrderView.class);
		assertThat(after.status()).isEqualTo(OrderStatus.PAID);
		assertThat(after.statusHistory()).hasSameSizeAs(order.statusHistory());
	}

	@Test
	void aForgedOrReplayedGatewayCallbackChangesNoPayment() throws Exception {
		OrderView order = placeOrder();
		PaymentView payment = admin.get(platform.payment.baseUri(), "/api/v1/payments/order/" + order.id())
			.as(PaymentView.class);
		byte[] secret = Files.readAllBytes(platform.dataDir.resolve("gateway-callback.secret"));
		String completed = "{\"transaction_id\":\"" + payment.transactionId() + "\",\"status\":\"completed\"}";
		String failed = "{\"transaction_id\":\"" + payment.transactionId()
				+ "\",\"status\":\"failed\",\"reason\":\"forged\"}";
		Map<String, String> replayedSignature = Map.of(WebhookSignatures.HEADER, WebhookSignatures.sign(secret,
				Instant.now().minusSeconds(30), "POST", GATEWAY_CALLBACK, bytes(completed)));

		ApiClient.Response replayed = anonymous.postRaw(platform.payment.baseUri(), GATEWAY_CALLBACK, completed,
				replayedSignature);
		ApiClient.Response replayedAgain = anonymous.postRaw(platform.payment.baseUri(), GATEWAY_CALLBACK, completed,
				replayedSignature);
		ApiClient.Response forged = anonymous.postRaw(platform.payment.baseUri(), GATEWAY_CALLBACK, failed,
				Map.of(WebhookSignatures.HEADER, WebhookSignatures.sign(bytes("forged-secret-0123456789"),
						Instant.now(), "POST", GATEWAY_CALLBACK, bytes(failed))));
		ApiClient.Response stale = anonymous.postRaw(platform.payment.baseUri(), GATEWAY_CALLBACK, failed,
				Map.of(WebhookSignatures.HEADER, WebhookSignatures.sign(secret,
						Instant.now().minus(Duration.ofMinutes(6)), "POST", GATEWAY_CALLBACK, bytes(failed))));
		ApiClient.Response contradicting = anonymous.postRaw(platform.payment.baseUri(), GATEWAY_CALLBACK, failed,
				Map.of(WebhookSignatures.HEADER,
						WebhookSignatures.sign(secret, Instant.now(), "POST", GATEWAY_CALLBACK, bytes(failed))));

		assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
		assertThat(replayedAgain.status()).isEqualTo(200);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(stale.status()).isEqualTo(401);
		assertThat(contradicting.status()).isEqualTo(409);
		PaymentView after = admin.get(platform.payment.baseUri(), "/api/v1/payments/order/" + order.id())
			.as(PaymentView.class);
		assertThat(after).isEqualTo(payment);
		assertThat(admin.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).as(OrderView.class).status())
			.isEqualTo(OrderStatus.PAID);
	}

	private static ApiClient user(String name, String role) {
		ApiClient.Response created = admin.post(platform.order.baseUri(), "/api/v1/users",
				Map.of("username", name, "password", "a-long-password-for-" + role, "role", role));
		assertThat(created.status()).as(created.body()).isIn(201, 409);
		return anonymous.login(platform.order.baseUri(), name, "a-long-password-for-" + role);
	}

	private static PlaceOrderRequest orderRequest() {
		return new PlaceOrderRequest("security@example.co.jp", "安全確認",
				List.of(new OrderItemRequest("ノートPC", 1, new BigDecimal("89800"))), "JPY");
	}

	private static OrderView placeOrder() {
		ApiClient.Response response = operator.post(platform.order.baseUri(), "/api/v1/orders", orderRequest());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		OrderView order = response.as(OrderView.class);
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		return order;
	}

	private static long jobs() {
		return total(platform.order.baseUri(), "/api/v1/imports?limit=1");
	}

	private static long total(java.net.URI service, String path) {
		ApiClient.Response page = admin.get(service, path);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().get("total").asLong();
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

}

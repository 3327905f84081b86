package com.orderplatform.e2e;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.time.Duration;
import java.util.List;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.notification.api.NotificationStatus;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.order.api.OrderItemRequest;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PlaceOrderRequest;
import com.orderplatform.order.api.UpdateOrderStatusRequest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order lifecycle across the three real services, as in the README's walk-through,
 * with real tokens from the order service: an order is paid and confirmed by email,
 * shipped, cancelled with a refund; what happens when the payment or notification service
 * is down; and that calls without a valid token or webhooks without a valid signature
 * change nothing.
 */
class OrderLifecycleIntegrationTests {

	private static final ApiClient anonymous = new ApiClient();

	private static ApiClient api;

	private static Platform platform;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		api = anonymous.login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

	@Test
	void placedOrderIsPaidWithOnePaymentAndAConfirmationEmail() throws Exception {
		OrderView order = placeOrder("tanaka@example.co.jp", "田中太郎");

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.totalAmount()).isEqualByComparingTo("183100");
		assertThat(order.items()).hasSize(2);

		PaymentView payment = paymentOf(order.id());
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.amount()).isEqualByComparingTo("183100");
		assertThat(payment.orderId()).isEqualTo(order.id());

		NotificationView confirmation = awaitNotification(order.id(), "ORDER_CONFIRMATION");
		assertThat(confirmation.subject()).isEqualTo("ご注文確認 — 注文番号 #" + order.id());
		assertThat(confirmation.recipient()).isEqualTo("tanaka@example.co.jp");
		assertThat(confirmation.body()).contains("田中太郎").contains("183,100");

		MimeMessage email = awaitEmailWithSubject("ご注文確認 — 注文番号 #" + order.id());
		assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly("tanaka@example.co.jp");
		assertThat(email.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat((String) email.getContent()).contains("田中太郎 様").contains("183,100");
	}

	@Test
	void shippingAPaidOrderSendsTheShippedNotification() {
		OrderView order = placeOrder("suzuki@example.co.jp", "鈴木花子");

		ApiClient.Response shipped = api.put(platform.order.baseUri(), "/api/v1/orders/" + order.id() + "/status",
				new UpdateOrderStatusRequest(OrderStatus.SHIPPED, null));

		assertThat(shipped.status()).isEqualTo(200);
		assertThat(shipped.as(OrderView.class).status()).isEqualTo(OrderStatus.SHIPPED);
		NotificationView notice = awaitNotification(order.id(), "ORDER_SHIPPED");
		assertThat(notice.subject()).isEqualTo("発送のお知らせ — 注文番号 #" + order.id());
	}

	@Test
	void cancellingAPaidOrderRefundsThePaymentAndSendsTheCancellation() {
		OrderView order = placeOrder("sato@example.co.jp", "佐藤健一");

		ApiClient.Response cancelled = api.delete(platform.order.baseUri(),
				"/api/v1/orders/" + order.id() + "?reason=customer-request");

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.as(OrderView.class).status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(paymentOf(order.id()).status()).isEqualTo(PaymentStatus.REFUNDED);
		NotificationView notice = awaitNotification(order.id(), "ORDER_CANCELLED");
		assertThat(notice.subject()).isEqualTo("ご注文キャンセルのお知らせ — 注文番号 #" + order.id());
	}

	@Test
	void orderStaysPendingWithTheReasonWhileThePaymentServiceIsDown() {
		platform.payment.stop();
		try {
			OrderView order = placeOrder("yamada@example.co.jp", "山田美咲");

			assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(order.statusReason()).contains("payment-service");
			OrderView stored = api.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).as(OrderView.class);
			assertThat(stored.status()).isEqualTo(OrderStatus.PENDING);
			assertThat(stored.totalAmount()).isEqualByComparingTo("183100");
			assertThat(stored.items()).hasSize(2);
		}
		finally {
			platform.restart(platform.payment);
		}
	}

	@Test
	void orderIsStillPaidWhenTheNotificationServiceIsDown() {
		platform.notification.stop();
		OrderView order;
		try {
			order = placeOrder("takahashi@example.co.jp", "高橋大輔");
		}
		finally {
			platform.restart(platform.notification);
		}

		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(paymentOf(order.id()).status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(notificationsOf(order.id())).isEmpty();
	}

	@Test
	void everyServiceRefusesACallWithoutAValidToken() {
		assertThat(anonymous.get(platform.order.baseUri(), "/api/v1/orders").status()).isEqualTo(401);
		assertThat(anonymous.get(platform.payment.baseUri(), "/api/v1/payments").status()).isEqualTo(401);
		assertThat(anonymous.get(platform.notification.baseUri(), "/api/v1/notifications").status()).isEqualTo(401);
		assertThat(anonymous.withToken("not-a-token").get(platform.payment.baseUri(), "/api/v1/payments").status())
			.isEqualTo(401);
	}

	@Test
	void tokensOfTheOrderServiceAreAcceptedByTheOtherServices() {
		assertThat(api.get(platform.payment.baseUri(), "/api/v1/payments").status()).isEqualTo(200);
		assertThat(api.get(platform.notification.baseUri(), "/api/v1/notifications").status()).isEqualTo(200);
	}

	@Test
	@SendsInvalidRequests("webhooks without or with a wrong X-OMS-Signature, to see them refused")
	void onlyACorrectlySignedPaymentWebhookReachesTheOrder() throws Exception {
		OrderView order = placeOrder("kobayashi@example.co.jp", "小林誠");
		String path = "/api/v1/orders/" + order.id() + "/webhook";
		String body = "{\"payment_status\":\"failed\",\"transaction_id\":\"forged\",\"reason\":\"forged\"}";
		byte[] sharedSecret = Files.readAllBytes(platform.dataDir.resolve("webhook.secret"));
		byte[] wrongSecret = "a-wrong-secret-of-some-length".getBytes(StandardCharsets.UTF_8);

		ApiClient.Response unsigned = anonymous.postRaw(platform.order.baseUri(), path, body, Map.of());
		ApiClient.Response forged = anonymous.postRaw(platform.order.baseUri(), path, body,
				Map.of(WebhookSignatures.HEADER,
						WebhookSignatures.sign(wrongSecret, Instant.now(), "POST", path, bytes(body))));
		ApiClient.Response stale = anonymous.postRaw(platform.order.baseUri(), path, body,
				Map.of(WebhookSignatures.HEADER, WebhookSignatures.sign(sharedSecret,
						Instant.now().minus(Duration.ofMinutes(6)), "POST", path, bytes(body))));
		String completed = "{\"payment_status\":\"completed\",\"transaction_id\":\"t-1\"}";
		ApiClient.Response signed = anonymous.postRaw(platform.order.baseUri(), path, completed,
				Map.of(WebhookSignatures.HEADER,
						WebhookSignatures.sign(sharedSecret, Instant.now(), "POST", path, bytes(completed))));

		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(forged.status()).isEqualTo(401);
		assertThat(stale.status()).isEqualTo(401);
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		OrderView after = api.get(platform.order.baseUri(), "/api/v1/orders/" + order.id()).as(OrderView.class);
		assertThat(after.status()).isEqualTo(OrderStatus.PAID);
		assertThat(after.statusHistory()).hasSize(3);
	}

	private static byte[] bytes(String body) {
		return body.getBytes(StandardCharsets.UTF_8);
	}

	private static OrderView placeOrder(String email, String name) {
		PlaceOrderRequest request = new PlaceOrderRequest(email, name,
				List.of(new OrderItemRequest("ノートPC", 2, new BigDecimal("89800")),
						new OrderItemRequest("USBハブ", 1, new BigDecimal("3500"))),
				"JPY");
		ApiClient.Response response = api.post(platform.order.baseUri(), "/api/v1/orders", request);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.as(OrderView.class);
	}

	private static PaymentView paymentOf(long orderId) {
		ApiClient.Response response = api.get(platform.payment.baseUri(), "/api/v1/payments/order/" + orderId);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.as(PaymentView.class);
	}

	private static List<NotificationView> notificationsOf(long orderId) {
		ApiClient.Response response = api.get(platform.notification.baseUri(),
				"/api/v1/notifications/order/" + orderId);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.as(new TypeReference<List<NotificationView>>() {
		});
	}

	private static NotificationView awaitNotification(long orderId, String templateName) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> notificationsOf(orderId).stream()
				.filter(n -> n.templateName().equals(templateName) && n.status() == NotificationStatus.SENT)
				.findFirst()
				.orElse(null), found -> found != null);
	}

	private static MimeMessage awaitEmailWithSubject(String subject) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (MimeMessage message : platform.smtp.getReceivedMessages()) {
				if (subject.equals(message.getSubject())) {
					return message;
				}
			}
			return null;
		}, found -> found != null);
	}

}

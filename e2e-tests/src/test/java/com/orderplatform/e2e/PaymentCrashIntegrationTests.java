package com.orderplatform.e2e;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.api.NotificationStatus;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.order.api.OrderItemRequest;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PlaceOrderRequest;
import com.orderplatform.order.api.StatusChangeView;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConfig;
import tools.jackson.core.type.TypeReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The payment service killed at the two moments its shared state is for, through its
 * test-only crash hook ({@code OMS_TEST_CRASH_AT}, a halt as abrupt as a SIGKILL, at an
 * exact line): after the gateway approved a batch and before the payments were stored,
 * and after a payment and its webhook committed and before the webhook was sent. Started
 * again, it charges no order twice at the gateway (counted in the gateway's charge
 * ledger, not on payment rows) and delivers the webhook its previous run owed, once.
 */
class PaymentCrashIntegrationTests {

	private static final String CRASH_AT = "OMS_TEST_CRASH_AT";

	private static Platform platform;

	private static ImportDriver imports;

	@BeforeAll
	static void startPlatform() {
		// A job waiting for the payment service tries again within 4 s of its return.
		platform = Platform.dedicated("payment-crash",
				Map.of("OMS_IMPORT_OUTAGE_BACKOFF", "1s", "OMS_IMPORT_OUTAGE_MAX_BACKOFF", "4s"));
		imports = new ImportDriver(platform);
	}

	@AfterAll
	static void stopPlatform() {
		platform.close();
	}

	@AfterEach
	void disarm() {
		if (platform.payment.environment().remove(CRASH_AT) != null || !platform.payment.isAlive()) {
			platform.restart(platform.payment);
		}
	}

	@Test
	void killedAfterTheGatewayApprovedABatchAndBeforeItsPaymentsWereStoredItChargesEveryOrderOnce() {
		OrderCsvFile file = OrderCsvFile.generate("kill-mid-batch", 10_000, false);
		armPaymentService("after-gateway-batch:2");

		String job = imports.upload(file, "none");
		awaitPaymentServiceHalted();
		ImportLedger halted = ImportLedger.read(platform, job);

		// The second batch was charged at the gateway; none of its payments was stored.
		assertThat(halted.gatewayChargeTotal()).isGreaterThan(halted.payments("completed"));
		assertThat(halted.payments().keySet()).allMatch(halted.gatewayCharges()::containsKey);
		assertThat(halted.gatewayCharges()).allSatisfy((order, charges) -> assertThat(charges).isOne());

		platform.payment.environment().remove(CRASH_AT);
		platform.restart(platform.payment);
		imports.awaitFinished(job);

		// The re-sent batch carried the same idempotency keys: answered from the ledger.
		ImportLedger done = imports.assertEveryValidRowImportedPaidAndConfirmedOnce(job, file, false);
		assertThat(done.gatewayChargeTotal()).isEqualTo(file.importedOrders());
		ReliabilityReport.record("payment service killed between the gateway's approval of a batch and its commit",
				"at the kill: gateway charges=" + halted.gatewayChargeTotal() + ", payments stored="
						+ halted.payments().size() + "; after its restart: " + ReliabilityReport.ledger(done));
	}

	@Test
	void aWebhookCommittedButNotSentWhenThePaymentServiceDiedIsDeliveredOnceAfterItsRestart() {
		armPaymentService("after-webhook-commit");

		// The payment commits with its webhook, then the service dies before answering:
		// the order service cannot tell, and leaves the order pending.
		OrderView placed = placeOrder();
		awaitPaymentServiceHalted();
		assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
		assertThat(outbox(placed.id())).containsExactly("pending/0");

		platform.payment.environment().remove(CRASH_AT);
		platform.restart(platform.payment);

		OrderView paid = await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> order(placed.id()), (order) -> order.status() == OrderStatus.PAID);
		// The order service changes the order before it answers the webhook (it queues
		// the confirmation first), so the outbox row is marked a moment later.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> outbox(placed.id()), (rows) -> !rows.equals(List.of("pending/0")));
		assertThat(outbox(placed.id())).containsExactly("delivered/1");
		assertThat(paid.statusHistory()).extracting(StatusChangeView::toStatus)
			.containsSubsequence(OrderStatus.PAYMENT_PROCESSING, OrderStatus.PENDING, OrderStatus.PAID)
			.containsOnlyOnce(OrderStatus.PAID)
			.last()
			.isEqualTo(OrderStatus.PAID);
		PaymentView payment = imports.admin()
			.get(platform.payment.baseUri(), "/api/v1/payments/order/" + placed.id())
			.as(PaymentView.class);
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(ImportLedger.gatewayCharges(platform, Map.of(placed.id(), placed)))
			.containsExactly(Map.entry(placed.id(), 1));
		List<NotificationView> confirmations = await().atMost(Duration.ofSeconds(30))
			.until(() -> notifications(placed.id()),
					(all) -> all.stream().anyMatch((n) -> n.status() == NotificationStatus.SENT));
		assertThat(confirmations).extracting(NotificationView::templateName).containsExactly("ORDER_CONFIRMATION");
		ReliabilityReport.record("payment service killed between a payment's commit and its webhook",
				"outbox row pending at the kill, delivered on attempt 1 after the restart; order " + paid.status()
						+ " via " + paid.statusHistory().size() + " status changes, 1 gateway charge, "
						+ confirmations.size() + " confirmation");
	}

	private static void armPaymentService(String point) {
		platform.payment.environment().put(CRASH_AT, point);
		platform.restart(platform.payment);
		imports.relogin();
	}

	private static void awaitPaymentServiceHalted() {
		await().atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !platform.payment.isAlive());
	}

	private static OrderView placeOrder() {
		PlaceOrderRequest request = new PlaceOrderRequest("outbox@example.co.jp", "伊藤翔",
				List.of(new OrderItemRequest("モニター", 1, new BigDecimal("42000"))), "JPY");
		ApiClient.Response response = imports.admin().post(platform.order.baseUri(), "/api/v1/orders", request);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.as(OrderView.class);
	}

	private static OrderView order(long id) {
		return imports.admin().get(platform.order.baseUri(), "/api/v1/orders/" + id).as(OrderView.class);
	}

	private static List<NotificationView> notifications(long orderId) {
		return imports.admin()
			.get(platform.notification.baseUri(), "/api/v1/notifications/order/" + orderId)
			.as(new TypeReference<List<NotificationView>>() {
			});
	}

	/** The order's webhook rows in the payment database's outbox, as status/attempts. */
	private static List<String> outbox(long orderId) {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		config.setBusyTimeout(10_000);
		try (Connection db = config.createConnection("jdbc:sqlite:" + platform.dataDir.resolve("payment_service.db"));
				PreparedStatement statement = db
					.prepareStatement("SELECT status, attempts FROM payment_webhook_outbox WHERE order_id = ?")) {
			statement.setLong(1, orderId);
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					rows.add(result.getString(1) + "/" + result.getInt(2));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the payment database", ex);
		}
	}

}

package com.orderplatform.payment;

import java.util.concurrent.atomic.AtomicLong;

import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.gateway.PaymentGateway;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests: the whole service on a real SQLite file, called through
 * MockMvc with real tokens ({@link TestSecurity}), with the order service played by
 * {@link OrderServiceStub}. Every subclass with no configuration of its own shares one
 * cached application context; the gateway is the real simulator, wrapped in a spy so that
 * a test can make one charge fail. Payments are made and refunded as the order service
 * and read as a viewer.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class PaymentIntegrationTest {

	private static final AtomicLong ORDER_IDS = new AtomicLong(1000);

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected JsonMapper json;

	@MockitoSpyBean
	protected PaymentGateway gateway;

	protected final OrderServiceStub orderService = OrderServiceStub.instance();

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerSqlite(registry, "payment");
		TestSecurity.register(registry);
		registry.add("oms.order-service.base-url", () -> OrderServiceStub.instance().baseUrl());
		registry.add("oms.webhooks.outbox.backoff", () -> "10ms");
		registry.add("oms.webhooks.outbox.max-attempts", () -> "4");
		registry.add("oms.webhooks.outbox.poll-interval", () -> "100ms");
	}

	@BeforeEach
	void startWithNoPayments() {
		this.jdbc.sql("DELETE FROM refunds").update();
		this.jdbc.sql("DELETE FROM payments").update();
		this.jdbc.sql("DELETE FROM gateway_charges").update();
	}

	/**
	 * An order id no other test in this JVM uses, so webhooks never get mixed up.
	 * @return a fresh order id
	 */
	protected static long newOrderId() {
		return ORDER_IDS.incrementAndGet();
	}

	protected MvcTestResult postPayment(long orderId, String amount) {
		return postJson("/api/v1/payments", """
				{"order_id": %d, "amount": %s, "currency": "JPY"}""".formatted(orderId, amount));
	}

	/**
	 * Posts JSON as the order service.
	 * @param uri the path
	 * @param body the JSON
	 * @return the result
	 */
	protected MvcTestResult postJson(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, TestSecurity.service())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/**
	 * Posts a batch payment as the order service.
	 * @param request the batch
	 * @return the result
	 */
	protected MvcTestResult postBatch(BatchPaymentRequest request) {
		return postJson("/api/v1/payments/batch", this.json.writeValueAsString(request));
	}

	/**
	 * Posts a gateway callback signed with the gateway's secret, as the gateway would.
	 * @param body the JSON
	 * @return the result
	 */
	protected MvcTestResult postSignedCallback(String body) {
		return this.mvc.post()
			.uri("/api/v1/payments/webhook")
			.header(WebhookSignatures.HEADER, TestSecurity.signGatewayCallback(body))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/**
	 * Reads as a viewer.
	 * @param uri the path, with {@code {}} placeholders
	 * @param variables the placeholders' values
	 * @return the result
	 */
	protected MvcTestResult get(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, TestSecurity.viewer()).exchange();
	}

	/**
	 * Pays an order successfully.
	 * @param orderId the order
	 * @param amount the amount in yen
	 * @return the completed payment
	 */
	protected PaymentView pay(long orderId, String amount) {
		MvcTestResult result = postPayment(orderId, amount);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return read(result, PaymentView.class);
	}

	protected <T> T read(MvcTestResult result, Class<T> type) {
		return this.json.readValue(result.getResponse().getContentAsByteArray(), type);
	}

	/**
	 * How many charges the gateway approved for an order: what "charged once" means.
	 * @param orderId the order
	 * @return the approved charges in the charge ledger
	 */
	protected long gatewayChargesOfOrder(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM gateway_charges WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single();
	}

	protected long paymentRowsOfOrder(long orderId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single();
	}

}

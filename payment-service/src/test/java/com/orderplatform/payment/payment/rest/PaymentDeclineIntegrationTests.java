package com.orderplatform.payment.payment.rest;

import java.util.Map;

import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real simulated gateway configured to decline every charge.
 */
@TestPropertySource(properties = "oms.gateway.failure-rate=1.0")
class PaymentDeclineIntegrationTests extends PaymentIntegrationTest {

	private static final String DECLINED = "Declined by the payment gateway: ";

	@Test
	void answersPaymentRequiredAndStoresTheFailureWithTheReason() {
		long orderId = newOrderId();

		MvcTestResult result = postPayment(orderId, "1500");

		assertThat(result).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		Map<?, ?> problem = read(result, Map.class);
		String reason = (String) problem.get("reason");
		assertThat(reason).startsWith(DECLINED);
		PaymentView stored = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);
		assertThat(problem.get("payment_id")).isEqualTo((int) stored.id());
		assertThat(problem.get("order_id")).isEqualTo((int) orderId);
		assertThat(problem.get("detail"))
			.isEqualTo("Payment " + stored.id() + " of order " + orderId + " was declined: " + reason);
		assertThat(stored.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(stored.failureReason()).isEqualTo(reason);
	}

	@Test
	void tellsTheOrderServiceThePaymentFailed() {
		long orderId = newOrderId();

		assertThat(postPayment(orderId, "1500")).hasStatus(HttpStatus.PAYMENT_REQUIRED);

		await().untilAsserted(() -> assertThat(this.orderService.webhooksFor(orderId)).singleElement()
			.satisfies(webhook -> assertThat(webhook.getBody().utf8()).contains("\"payment_status\":\"failed\"")
				.contains("\"reason\":\"" + DECLINED)));
	}

	@Test
	void eachAttemptIsANewTransactionOnTheSamePayment() {
		long orderId = newOrderId();
		assertThat(postPayment(orderId, "1500")).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		PaymentView first = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);

		assertThat(postPayment(orderId, "1500")).hasStatus(HttpStatus.PAYMENT_REQUIRED);

		PaymentView second = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(second.transactionId()).isNotEqualTo(first.transactionId());
		assertThat(paymentRowsOfOrder(orderId)).isOne();
	}

}

package com.orderplatform.payment.payment.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.orderplatform.payment.Concurrently;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

class PaymentApiIntegrationTests extends PaymentIntegrationTest {

	@Test
	void paysAnOrderAndAnswersCreatedWithTheLocation() {
		long orderId = newOrderId();

		MvcTestResult result = postPayment(orderId, "1500");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		PaymentView payment = read(result, PaymentView.class);
		assertThat(result).headers().hasValue("Location", "http://localhost/api/v1/payments/" + payment.id());
		assertThat(payment.orderId()).isEqualTo(orderId);
		assertThat(payment.amount()).isEqualByComparingTo("1500");
		assertThat(payment.currency()).isEqualTo("JPY");
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.paymentMethod()).isEqualTo("credit_card");
		assertThat(UUID.fromString(payment.transactionId())).hasToString(payment.transactionId());
		assertThat(payment.failureReason()).isNull();
		assertThat(payment.updatedAt()).isAfterOrEqualTo(payment.createdAt());
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("completed");
	}

	@Test
	void rejectsPaymentBelowOneHundredYen() {
		long orderId = newOrderId();

		MvcTestResult result = postPayment(orderId, "99");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("amount");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("amount must be at least 100 JPY per payment but was 99");
		assertThat(paymentRowsOfOrder(orderId)).isZero();
	}

	@Test
	void acceptsExactlyOneHundredYen() {
		assertThat(pay(newOrderId(), "100").amount()).isEqualByComparingTo("100");
	}

	@Test
	void acceptsExactlyOneMillionYen() {
		assertThat(pay(newOrderId(), "1000000").amount()).isEqualByComparingTo("1000000");
	}

	@Test
	void rejectsPaymentAboveOneMillionYen() {
		long orderId = newOrderId();

		MvcTestResult result = postPayment(orderId, "1000001");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("amount");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("amount must not exceed 1,000,000 JPY per payment but was 1000001");
		assertThat(paymentRowsOfOrder(orderId)).isZero();
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/payments: /currency does not match the regex pattern JPY")
	void rejectsCurrencyOtherThanYen() {
		long orderId = newOrderId();

		MvcTestResult result = postJson("/api/v1/payments", """
				{"order_id": %d, "amount": 1500, "currency": "USD"}""".formatted(orderId));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("currency");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("currency: only JPY is supported");
		assertThat(paymentRowsOfOrder(orderId)).isZero();
	}

	@Test
	void rejectsASecondPaymentForTheSameOrder() {
		long orderId = newOrderId();
		PaymentView first = pay(orderId, "1500");

		MvcTestResult second = postPayment(orderId, "1500");

		assertThat(second).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(second).bodyJson().extractingPath("$.field").isEqualTo("order_id");
		assertThat(second).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Order " + orderId + " already has payment " + first.id()
					+ " in state completed; only a failed payment can be attempted again");
		assertThat(paymentRowsOfOrder(orderId)).isOne();
		assertThat(gatewayChargesOfOrder(orderId)).isOne();
	}

	@Test
	void chargesAnOrderOnceWhenPaymentRequestsRace() throws Exception {
		long orderId = newOrderId();

		List<Integer> statuses = Concurrently.run(6, () -> postPayment(orderId, "900").getResponse().getStatus());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 400);
		assertThat(paymentRowsOfOrder(orderId)).isOne();
		assertThat(gatewayChargesOfOrder(orderId)).isOne();
	}

	@Test
	void paysAFailedOrderAgainOnTheSamePaymentWithANewTransaction() {
		long orderId = newOrderId();
		doReturn(ChargeResult.decline("insufficient funds")).doCallRealMethod().when(this.gateway).charge(any());
		MvcTestResult declined = postPayment(orderId, "2000");
		assertThat(declined).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		long paymentId = ((Number) read(declined, Map.class).get("payment_id")).longValue();
		String failedTransaction = transactionOf(paymentId);

		MvcTestResult retried = postPayment(orderId, "2000");

		assertThat(retried).hasStatus(HttpStatus.CREATED);
		PaymentView payment = read(retried, PaymentView.class);
		assertThat(payment.id()).isEqualTo(paymentId);
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.transactionId()).isNotEqualTo(failedTransaction);
		assertThat(payment.failureReason()).isNull();
		assertThat(paymentRowsOfOrder(orderId)).isOne();
		assertThat(this.jdbc.sql("SELECT idempotency_key FROM gateway_charges WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(String.class)
			.list()).as("the new attempt's own key, derived from the failed transaction")
			.containsExactly("order-" + orderId + "-after-" + failedTransaction);
	}

	@Test
	void readsAPaymentByIdAndByOrder() {
		long orderId = newOrderId();
		PaymentView paid = pay(orderId, "3000");

		MvcTestResult byId = get("/api/v1/payments/{id}", paid.id());
		MvcTestResult byOrder = get("/api/v1/payments/order/{orderId}", orderId);

		assertThat(byId).hasStatus(HttpStatus.OK);
		assertThat(read(byId, PaymentView.class)).isEqualTo(paid);
		assertThat(byOrder).hasStatus(HttpStatus.OK);
		assertThat(read(byOrder, PaymentView.class)).isEqualTo(paid);
	}

	@Test
	void answersNotFoundForAnUnknownPayment() {
		MvcTestResult result = get("/api/v1/payments/987654");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Payment 987654 not found");
	}

	@Test
	void answersNotFoundForAnOrderWithoutPayment() {
		MvcTestResult result = get("/api/v1/payments/order/987654");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("No payment found for order 987654");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/payments is not JSON: Unexpected end-of-input within/between Object entries")
	void rejectsMalformedJson() {
		MvcTestResult result = postJson("/api/v1/payments", "{\"order_id\": 1, \"amount\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is missing or is not valid JSON of the expected shape.");
	}

	@Test
	void acceptsTheSpecsTrailingSlash() {
		MvcTestResult result = postJson("/api/v1/payments/", """
				{"order_id": %d, "amount": 700}""".formatted(newOrderId()));

		assertThat(result).hasStatus(HttpStatus.CREATED);
	}

	private String transactionOf(long paymentId) {
		return this.jdbc.sql("SELECT transaction_id FROM payments WHERE id = :id")
			.param("id", paymentId)
			.query(String.class)
			.single();
	}

}

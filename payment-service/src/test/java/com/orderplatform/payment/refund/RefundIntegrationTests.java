package com.orderplatform.payment.refund;

import java.util.List;

import com.orderplatform.payment.Concurrently;
import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.TestSecurity;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.api.RefundView;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

class RefundIntegrationTests extends PaymentIntegrationTest {

	@Test
	void refundsACompletedPaymentInFull() {
		long orderId = newOrderId();
		PaymentView payment = pay(orderId, "12345");

		MvcTestResult result = refund(payment.id(), "order cancelled");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		RefundView refund = read(result, RefundView.class);
		assertThat(refund.paymentId()).isEqualTo(payment.id());
		assertThat(refund.orderId()).isEqualTo(orderId);
		assertThat(refund.amount()).isEqualByComparingTo("12345");
		assertThat(refund.reason()).isEqualTo("order cancelled");
		assertThat(refund.status()).isEqualTo("completed");
		assertThat(refund.createdAt()).isNotNull();
		PaymentView after = read(get("/api/v1/payments/{id}", payment.id()), PaymentView.class);
		assertThat(after.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(refundRows(payment.id())).isOne();
	}

	@Test
	void anAdminMayRefundByHandButAViewerMayNot() {
		PaymentView payment = pay(newOrderId(), "5000");
		String body = """
				{"payment_id": %d, "reason": "refunded by hand"}""".formatted(payment.id());

		MvcTestResult byViewer = refundAs(TestSecurity.viewer(), body);
		MvcTestResult byAdmin = refundAs(TestSecurity.admin(), body);

		assertThat(byViewer).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(byViewer).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Role 'viewer' may not POST /api/v1/payments/refund");
		assertThat(byAdmin).hasStatus(HttpStatus.CREATED);
		assertThat(read(byAdmin, RefundView.class).reason()).isEqualTo("refunded by hand");
		assertThat(refundRows(payment.id())).isOne();
	}

	@Test
	void refusesToRefundTwice() {
		PaymentView payment = pay(newOrderId(), "5000");
		assertThat(refund(payment.id(), "order cancelled")).hasStatus(HttpStatus.CREATED);

		MvcTestResult second = refund(payment.id(), "order cancelled again");

		assertThat(second).hasStatus(HttpStatus.CONFLICT);
		assertThat(second).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Payment " + payment.id() + " is already refunded");
		assertThat(refundRows(payment.id())).isOne();
	}

	@Test
	void refundsOnceWhenRefundRequestsRace() throws Exception {
		PaymentView payment = pay(newOrderId(), "5000");

		List<Integer> statuses = Concurrently.run(6,
				() -> refund(payment.id(), "order cancelled").getResponse().getStatus());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
		assertThat(refundRows(payment.id())).isOne();
	}

	@Test
	void refusesToRefundAFailedPayment() {
		long orderId = newOrderId();
		doReturn(ChargeResult.decline("do not honor")).when(this.gateway).charge(any());
		assertThat(postPayment(orderId, "5000")).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		PaymentView failed = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);

		MvcTestResult result = refund(failed.id(), "order cancelled");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Payment " + failed.id() + " cannot be refunded in state failed");
		assertThat(refundRows(failed.id())).isZero();
	}

	@Test
	void answersNotFoundForAnUnknownPayment() {
		MvcTestResult result = refund(987654, "order cancelled");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Payment 987654 not found");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/payments/refund:  required property 'reason' not found")
	void requiresAReason() {
		PaymentView payment = pay(newOrderId(), "5000");

		MvcTestResult result = postJson("/api/v1/payments/refund", """
				{"payment_id": %d}""".formatted(payment.id()));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("reason");
		assertThat(refundRows(payment.id())).isZero();
	}

	private MvcTestResult refund(long paymentId, String reason) {
		return postJson("/api/v1/payments/refund", """
				{"payment_id": %d, "reason": "%s"}""".formatted(paymentId, reason));
	}

	private MvcTestResult refundAs(String authorization, String body) {
		return this.mvc.post()
			.uri("/api/v1/payments/refund")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private long refundRows(long paymentId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM refunds WHERE payment_id = :paymentId")
			.param("paymentId", paymentId)
			.query(Long.class)
			.single();
	}

}

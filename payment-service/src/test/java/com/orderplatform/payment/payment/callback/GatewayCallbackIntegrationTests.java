package com.orderplatform.payment.payment.callback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentMother;
import com.orderplatform.payment.payment.PaymentState;
import com.orderplatform.payment.payment.store.PaymentRepository;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GatewayCallbackIntegrationTests extends PaymentIntegrationTest {

	@Autowired
	private PaymentRepository payments;

	@Test
	void completesAProcessingPaymentAndTellsTheOrderService() {
		Payment processing = storedProcessingPayment();

		MvcTestResult result = callback(processing.transactionId(), "completed", null);

		assertThat(result).hasStatus(HttpStatus.OK);
		PaymentView payment = read(result, PaymentView.class);
		assertThat(payment.id()).isEqualTo(processing.id());
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(stored(processing).state()).isEqualTo(PaymentState.COMPLETED);
		await().untilAsserted(() -> assertThat(this.orderService.webhooksFor(processing.orderId())).singleElement()
			.satisfies(webhook -> assertThat(webhook.getBody().utf8()).contains("\"payment_status\":\"completed\"")));
	}

	@Test
	void failsAProcessingPaymentWithTheGatewaysReason() {
		Payment processing = storedProcessingPayment();

		MvcTestResult result = callback(processing.transactionId(), "failed", "3-D Secure authentication failed");

		assertThat(result).hasStatus(HttpStatus.OK);
		Payment stored = stored(processing);
		assertThat(stored.state()).isEqualTo(PaymentState.FAILED);
		assertThat(stored.failureReason()).isEqualTo("3-D Secure authentication failed");
		await().untilAsserted(() -> assertThat(this.orderService.webhooksFor(processing.orderId())).hasSize(1));
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/payments/webhook: /status does not have a value in the enumeration [\"pending\", \"processing\", \"completed\", \"failed\", \"refunded\"]")
	void repeatingTheSameOutcomeChangesNothing() {
		Payment processing = storedProcessingPayment();
		assertThat(callback(processing.transactionId(), "completed", null)).hasStatus(HttpStatus.OK);
		Payment afterFirst = stored(processing);

		MvcTestResult repeated = callback(processing.transactionId(), "COMPLETED", null);

		assertThat(repeated).hasStatus(HttpStatus.OK);
		assertThat(read(repeated, PaymentView.class).status()).isEqualTo(PaymentStatus.COMPLETED);
		Payment afterRepeat = stored(processing);
		assertThat(afterRepeat.state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(afterRepeat.updatedAt()).isEqualTo(afterFirst.updatedAt());
	}

	@Test
	void refusesAnOutcomeContradictingTheStoredOne() {
		Payment processing = storedProcessingPayment();
		assertThat(callback(processing.transactionId(), "completed", null)).hasStatus(HttpStatus.OK);

		MvcTestResult contradiction = callback(processing.transactionId(), "failed", "chargeback");

		assertThat(contradiction).hasStatus(HttpStatus.CONFLICT);
		assertThat(contradiction).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Payment " + processing.id() + " cannot be failed in state completed");
		assertThat(stored(processing).state()).isEqualTo(PaymentState.COMPLETED);
		assertThat(stored(processing).failureReason()).isNull();
	}

	@Test
	void answersNotFoundForAnUnknownTransaction() {
		MvcTestResult result = callback("00000000-0000-0000-0000-000000000000", "completed", null);

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("No payment found with transaction id 00000000-0000-0000-0000-000000000000");
	}

	@Test
	void rejectsAStatusAGatewayCannotReport() {
		Payment processing = storedProcessingPayment();

		MvcTestResult result = callback(processing.transactionId(), "refunded", null);

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("status");
		assertThat(stored(processing).state()).isEqualTo(PaymentState.PROCESSING);
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/payments/webhook:  required property 'transaction_id' not found")
	void rejectsACallbackWithoutTransactionId() {
		MvcTestResult result = postSignedCallback("""
				{"status": "completed"}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("transaction_id");
	}

	private Payment storedProcessingPayment() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		return this.payments.insert(PaymentMother.processing(newOrderId(), "4200", now));
	}

	private Payment stored(Payment payment) {
		return this.payments.findById(payment.id()).orElseThrow();
	}

	private MvcTestResult callback(String transactionId, String status, String reason) {
		String reasonJson = (reason != null) ? "\"" + reason + "\"" : "null";
		return postSignedCallback("""
				{"transaction_id": "%s", "status": "%s", "reason": %s}""".formatted(transactionId, status, reasonJson));
	}

}

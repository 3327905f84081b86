package com.orderplatform.payment.payment.rest;

import java.util.List;

import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.PaymentDeclinedException;
import com.orderplatform.payment.payment.PaymentList;
import com.orderplatform.payment.payment.PaymentService;
import com.orderplatform.payment.payment.PaymentState;
import com.orderplatform.payment.payment.callback.GatewayCallbackService;
import com.orderplatform.payment.payment.charge.BatchPaymentService;
import com.orderplatform.payment.refund.RefundService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The HTTP face of payments: status codes, validation and problem details, with the
 * services mocked and the platform's JSON conventions applied.
 */
@WebMvcTest
@Import(JsonConventions.class)
class PaymentControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private PaymentService payments;

	@MockitoBean
	private GatewayCallbackService callbacks;

	@MockitoBean
	private RefundService refunds;

	@MockitoBean
	private BatchPaymentService batches;

	@Test
	void answersPaymentRequiredWithThePaymentOrderAndReasonWhenDeclined() {
		given(this.payments.process(any())).willThrow(new PaymentDeclinedException(8, 80, "card expired"));

		MvcTestResult result = post("/api/v1/payments", "{\"order_id\": 80, \"amount\": 1500}");

		assertThat(result).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"status": 402, "payment_id": 8, "order_id": 80, "reason": "card expired",
				 "detail": "Payment 8 of order 80 was declined: card expired"}""");
	}

	@Test
	void rejectsAPaymentWithoutOrderIdNamingTheField() {
		MvcTestResult result = post("/api/v1/payments", "{\"amount\": 1500}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("order_id");
		verifyNoInteractions(this.payments);
	}

	@Test
	void rejectsAFractionalYenAmount() {
		MvcTestResult result = post("/api/v1/payments", "{\"order_id\": 1, \"amount\": 100.5}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("amount");
		verifyNoInteractions(this.payments);
	}

	@Test
	void passesTheStatusFilterAndPagingToTheService() {
		given(this.payments.list(PaymentStatus.REFUNDED, null, 40, 10)).willReturn(new PaymentList(List.of(), 41));

		MvcTestResult result = this.mvc.get().uri("/api/v1/payments?status=Refunded&skip=40&limit=10").exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"items": [], "total": 41, "skip": 40, "limit": 10}""");
		verify(this.payments).list(PaymentStatus.REFUNDED, null, 40, 10);
	}

	@Test
	void passesTheBatchFilterToTheService() {
		given(this.payments.list(PaymentStatus.FAILED, "import-7:chunk-3", 0, 20))
			.willReturn(new PaymentList(List.of(), 2));

		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/payments?batch_id=import-7:chunk-3&status=failed")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"items": [], "total": 2, "skip": 0, "limit": 20}""");
		verify(this.payments).list(PaymentStatus.FAILED, "import-7:chunk-3", 0, 20);
	}

	@Test
	void rejectsANegativeSkipNamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/payments?skip=-1").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("skip");
	}

	@Test
	void rejectsALimitOfZeroNamingTheParameter() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/payments?limit=0").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("limit");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("limit: must be greater than or equal to 1");
	}

	@Test
	void rejectsAPaymentIdThatIsNotANumber() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/payments/abc").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("payment_id");
	}

	@Test
	void answersConflictForAnIllegalTransition() {
		given(this.callbacks.apply(any()))
			.willThrow(new IllegalPaymentStateException(5, PaymentState.REFUNDED, "failed"));

		MvcTestResult result = post("/api/v1/payments/webhook",
				"{\"transaction_id\": \"tx-5\", \"status\": \"failed\"}");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Payment 5 cannot be failed in state refunded");
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}

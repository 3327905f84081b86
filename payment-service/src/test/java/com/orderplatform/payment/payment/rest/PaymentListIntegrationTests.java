package com.orderplatform.payment.payment.rest;

import com.orderplatform.payment.PaymentIntegrationTest;
import com.orderplatform.payment.api.PaymentPage;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

class PaymentListIntegrationTests extends PaymentIntegrationTest {

	private PaymentView oldest;

	private PaymentView failed;

	private PaymentView newest;

	@BeforeEach
	void threePayments() {
		this.oldest = pay(newOrderId(), "1000");
		doReturn(ChargeResult.decline("card expired")).doCallRealMethod().when(this.gateway).charge(any());
		long failedOrder = newOrderId();
		assertThat(postPayment(failedOrder, "2000")).hasStatus(HttpStatus.PAYMENT_REQUIRED);
		this.failed = read(get("/api/v1/payments/order/{id}", failedOrder), PaymentView.class);
		this.newest = pay(newOrderId(), "3000");
	}

	@Test
	void listsNewestFirstWithTheTotalAndPagingDefaults() {
		PaymentPage page = list("/api/v1/payments");

		assertThat(page.items()).extracting(PaymentView::id)
			.containsExactly(this.newest.id(), this.failed.id(), this.oldest.id());
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.skip()).isZero();
		assertThat(page.limit()).isEqualTo(20);
	}

	@Test
	void pagesWithSkipAndLimit() {
		PaymentPage page = list("/api/v1/payments?skip=1&limit=1");

		assertThat(page.items()).extracting(PaymentView::id).containsExactly(this.failed.id());
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.skip()).isOne();
		assertThat(page.limit()).isOne();
	}

	@Test
	@SendsInvalidRequests("query parameter status of GET /api/v1/payments:  does not have a value in the enumeration [\"pending\", \"processing\", \"completed\", \"failed\", \"refunded\"]")
	void filtersByStatusInAnyCase() {
		PaymentPage completed = list("/api/v1/payments/?status=completed");
		PaymentPage failedOnly = list("/api/v1/payments?status=FAILED");

		assertThat(completed.items()).extracting(PaymentView::id).containsExactly(this.newest.id(), this.oldest.id());
		assertThat(completed.total()).isEqualTo(2);
		assertThat(failedOnly.items()).extracting(PaymentView::id, PaymentView::failureReason)
			.containsExactly(tuple(this.failed.id(), "card expired"));
		assertThat(failedOnly.total()).isOne();
	}

	@Test
	@SendsInvalidRequests("query parameter limit of GET /api/v1/payments:  must have a maximum value of 100")
	void rejectsALimitAboveOneHundred() {
		MvcTestResult result = get("/api/v1/payments?limit=101");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("limit");
	}

	@Test
	@SendsInvalidRequests("query parameter status of GET /api/v1/payments:  does not have a value in the enumeration [\"pending\", \"processing\", \"completed\", \"failed\", \"refunded\"]")
	void rejectsAnUnknownStatus() {
		MvcTestResult result = get("/api/v1/payments?status=paid");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("status");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Parameter 'status' has an invalid value 'paid'.");
	}

	private PaymentPage list(String uri) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatus(HttpStatus.OK);
		return read(result, PaymentPage.class);
	}

}

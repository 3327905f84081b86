package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.orderplatform.common.concurrent.BackgroundWorkers;
import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.PaymentStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The HTTP face of batch payments: the answer's JSON, and the checks that refuse a whole
 * batch, with the service mocked; its answers and errors come asynchronously, as from the
 * background workers.
 */
@WebMvcTest(BatchPaymentController.class)
@Import(JsonConventions.class)
class BatchPaymentControllerTests {

	private static final BackgroundWorkers WORKERS = BackgroundWorkers.start("test-batch-", 1, 0);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private BatchPaymentService batches;

	@BeforeEach
	void payOnTheWorkers() {
		given(this.batches.workers()).willReturn(WORKERS);
	}

	@Test
	void readsTheBatchAndPaysItOnABackgroundWorker() {
		AtomicReference<String> payingThread = new AtomicReference<>();
		given(this.batches.pay(any())).willAnswer((invocation) -> {
			payingThread.set(Thread.currentThread().getName());
			BatchPaymentRequest request = invocation.getArgument(0);
			return new BatchPaymentResponse(request.batchId(), List.of(), 0, 0, 0);
		});

		MvcTestResult result = post("""
				{"batch_id": "import-7", "items": [{"order_id": 10, "amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.batch_id").isEqualTo("import-7");
		assertThat(payingThread.get()).isEqualTo("test-batch-1");
	}

	@Test
	void answersEveryOutcomeInSnakeCaseWithTheCounts() {
		given(this.batches.pay(any())).willReturn((new BatchPaymentResponse("import-1:chunk-1",
				List.of(new BatchPaymentResult(10, BatchOutcome.COMPLETED, 1L, PaymentStatus.COMPLETED, "tx-1",
						new BigDecimal("1500"), "import-1:chunk-1", null),
						new BatchPaymentResult(11, BatchOutcome.ALREADY_PAID, 2L, PaymentStatus.REFUNDED, "tx-2",
								new BigDecimal("900"), null, null),
						new BatchPaymentResult(12, BatchOutcome.FAILED, null, null, null, new BigDecimal("99"), null,
								"amount must be at least 100 JPY per payment but was 99")),
				1, 1, 1)));

		MvcTestResult result = post("""
				{"batch_id": "import-1:chunk-1", "items": [{"order_id": 10, "amount": 1500},
				 {"order_id": 11, "amount": 900}, {"order_id": 12, "amount": 99, "currency": "JPY"}]}""");

		assertThat(result).hasStatus(HttpStatus.OK);
		assertThat(result).bodyJson().isStrictlyEqualTo("""
				{"batch_id": "import-1:chunk-1", "completed": 1, "failed": 1, "already_paid": 1, "results": [
				 {"order_id": 10, "outcome": "completed", "payment_id": 1, "status": "completed",
				  "transaction_id": "tx-1", "amount": 1500, "batch_id": "import-1:chunk-1", "reason": null},
				 {"order_id": 11, "outcome": "already_paid", "payment_id": 2, "status": "refunded",
				  "transaction_id": "tx-2", "amount": 900, "batch_id": null, "reason": null},
				 {"order_id": 12, "outcome": "failed", "payment_id": null, "status": null, "transaction_id": null,
				  "amount": 99, "batch_id": null,
				  "reason": "amount must be at least 100 JPY per payment but was 99"}]}""");
	}

	@Test
	void rejectsABatchWithoutBatchId() {
		MvcTestResult result = post("""
				{"items": [{"order_id": 10, "amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("batch_id");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void rejectsABatchIdWithCharactersOutsideTheAllowedSet() {
		MvcTestResult result = post("""
				{"batch_id": "import 1/chunk", "items": [{"order_id": 10, "amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("batch_id: must be 1 to 64 letters, digits, '.', '_', ':' or '-'");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void rejectsABatchIdLongerThanSixtyFourCharacters() {
		MvcTestResult result = post(
				"{\"batch_id\": \"%s\", \"items\": [{\"order_id\": 10, \"amount\": 1500}]}".formatted("b".repeat(65)));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("batch_id");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void acceptsABatchIdOfSixtyFourCharacters() {
		given(this.batches.pay(any())).willReturn(new BatchPaymentResponse("b".repeat(64), List.of(), 0, 0, 0));

		MvcTestResult result = post(
				"{\"batch_id\": \"%s\", \"items\": [{\"order_id\": 10, \"amount\": 1500}]}".formatted("b".repeat(64)));

		assertThat(result).hasStatus(HttpStatus.OK);
	}

	@Test
	void rejectsABatchWithoutItems() {
		MvcTestResult result = post("""
				{"batch_id": "import-1", "items": []}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void rejectsAnItemWithoutOrderIdNamingTheItem() {
		MvcTestResult result = post("""
				{"batch_id": "import-1", "items": [{"order_id": 10, "amount": 1500}, {"amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("items[1].order_id");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void answersBadRequestNamingItemsForABatchTooLarge() {
		given(this.batches.pay(any())).willThrow(new BatchTooLargeException(1001, 1000));

		MvcTestResult result = post("""
				{"batch_id": "import-1", "items": [{"order_id": 10, "amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"status": 400, "field": "items",
				 "detail": "items must hold at most 1,000 payments per batch but held 1,001; split the batch"}""");
	}

	@Test
	void answersBadRequestNamingTheRepeatedItem() {
		given(this.batches.pay(any())).willThrow(new DuplicateBatchItemException(10, 3, 0));

		MvcTestResult result = post("""
				{"batch_id": "import-1", "items": [{"order_id": 10, "amount": 1500}]}""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.isLenientlyEqualTo(
					"""
							{"status": 400, "field": "items[3].order_id",
							 "detail": "items[3].order_id: order 10 appears twice in the batch, first at items[0]; each order may appear once"}""");
	}

	@Test
	void refusesABodyThatIsNotJsonAsBadRequest() {
		MvcTestResult result = post("{\"batch_id\": ");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is missing or is not valid JSON of the expected shape.");
		verify(this.batches, never()).pay(any());
	}

	@Test
	void refusesAnotherMediaTypeAsUnsupported() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/payments/batch")
			.contentType(MediaType.TEXT_PLAIN)
			.content("{\"batch_id\": \"import-1\", \"items\": [{\"order_id\": 10, \"amount\": 1500}]}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		verify(this.batches, never()).pay(any());
	}

	@AfterAll
	static void stopWorkers() {
		WORKERS.close();
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/v1/payments/batch")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}

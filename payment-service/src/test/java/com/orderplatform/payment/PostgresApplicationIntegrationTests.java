package com.orderplatform.payment;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.PaymentPage;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.api.RefundView;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service on PostgreSQL, chosen by configuration alone: the payment and refund
 * use cases end to end.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostgresApplicationIntegrationTests {

	private static final AtomicLong ORDER_IDS = new AtomicLong(500_000);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabases.registerPostgres(registry, "payment_app");
		TestSecurity.register(registry);
		registry.add("oms.order-service.base-url", () -> OrderServiceStub.instance().baseUrl());
	}

	@BeforeEach
	void startWithNoPayments() {
		this.jdbc.sql("DELETE FROM refunds").update();
		this.jdbc.sql("DELETE FROM payments").update();
	}

	@Test
	void paysRejectsADuplicateAndRefundsOnPostgres() {
		long orderId = ORDER_IDS.incrementAndGet();

		MvcTestResult paid = post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 1000000}".formatted(orderId));
		MvcTestResult duplicate = post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 500}".formatted(orderId));

		assertThat(paid).hasStatus(HttpStatus.CREATED);
		PaymentView payment = read(paid, PaymentView.class);
		assertThat(payment.amount()).isEqualByComparingTo("1000000");
		assertThat(duplicate).hasStatus(HttpStatus.BAD_REQUEST);

		MvcTestResult refunded = post("/api/v1/payments/refund",
				"{\"payment_id\": %d, \"reason\": \"cancelled\"}".formatted(payment.id()));
		MvcTestResult again = post("/api/v1/payments/refund",
				"{\"payment_id\": %d, \"reason\": \"cancelled\"}".formatted(payment.id()));

		assertThat(refunded).hasStatus(HttpStatus.CREATED);
		assertThat(read(refunded, RefundView.class).amount()).isEqualByComparingTo("1000000");
		assertThat(again).hasStatus(HttpStatus.CONFLICT);
		PaymentView after = read(get("/api/v1/payments/order/{id}", orderId), PaymentView.class);
		assertThat(after.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(after.createdAt()).isEqualTo(payment.createdAt());
	}

	@Test
	void listsByStatusOnPostgres() {
		long orderId = ORDER_IDS.incrementAndGet();
		assertThat(post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 250}".formatted(orderId)))
			.hasStatus(HttpStatus.CREATED);

		PaymentPage page = read(get("/api/v1/payments?status=completed&limit=100"), PaymentPage.class);

		assertThat(page.items()).extracting(PaymentView::orderId).containsExactly(orderId);
		assertThat(page.total()).isOne();
	}

	@Test
	void chargesAnOrderOnceWhenPaymentRequestsRace() throws Exception {
		long orderId = ORDER_IDS.incrementAndGet();

		List<Integer> statuses = Concurrently.run(6,
				() -> post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 900}".formatted(orderId)).getResponse()
					.getStatus());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 400);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM gateway_charges WHERE order_id = :orderId")
			.param("orderId", orderId)
			.query(Long.class)
			.single()).as("charges at the gateway").isOne();
	}

	@Test
	void refundsOnceWhenRefundRequestsRace() throws Exception {
		long orderId = ORDER_IDS.incrementAndGet();
		MvcTestResult paid = post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 900}".formatted(orderId));
		long paymentId = read(paid, PaymentView.class).id();

		List<Integer> statuses = Concurrently.run(6,
				() -> post("/api/v1/payments/refund",
						"{\"payment_id\": %d, \"reason\": \"cancelled\"}".formatted(paymentId))
					.getResponse()
					.getStatus());

		assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
	}

	@Test
	void paysABatchAndAnswersItsReplayIdenticallyOnPostgres() throws Exception {
		long paidSingly = ORDER_IDS.incrementAndGet();
		assertThat(post("/api/v1/payments", "{\"order_id\": %d, \"amount\": 5000}".formatted(paidSingly)))
			.hasStatus(HttpStatus.CREATED);
		List<Long> orders = Stream.generate(ORDER_IDS::incrementAndGet).limit(300).toList();
		String body = batchBody("pg-batch-1", Stream.concat(orders.stream(), Stream.of(paidSingly)).toList(),
				", {\"order_id\": %d, \"amount\": 99}".formatted(ORDER_IDS.incrementAndGet()));

		MvcTestResult sent = post("/api/v1/payments/batch", body);
		MvcTestResult resent = post("/api/v1/payments/batch", body);

		assertThat(sent).hasStatus(HttpStatus.OK);
		assertThat(resent.getResponse().getContentAsString()).isEqualTo(sent.getResponse().getContentAsString());
		BatchPaymentResponse response = read(sent, BatchPaymentResponse.class);
		assertThat(response.completed()).isEqualTo(300);
		assertThat(response.alreadyPaid()).isOne();
		assertThat(response.failed()).isOne();
		assertThat(response.results().subList(0, 300)).extracting(BatchPaymentResult::orderId).isEqualTo(orders);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE batch_id = 'pg-batch-1'").query(Long.class).single())
			.isEqualTo(300);
		PaymentPage page = read(get("/api/v1/payments?batch_id=pg-batch-1&skip=290&limit=100"), PaymentPage.class);
		assertThat(page.total()).isEqualTo(300);
		assertThat(page.items()).extracting(PaymentView::orderId).isEqualTo(orders.subList(0, 10).reversed());
	}

	@Test
	void answersIdenticallyWhenTheSameBatchIsSentSeveralTimesAtOnceOnPostgres() throws Exception {
		List<Long> orders = Stream.generate(ORDER_IDS::incrementAndGet).limit(50).toList();
		String body = batchBody("pg-race", orders, "");

		List<String> answers = Concurrently.run(4,
				() -> post("/api/v1/payments/batch", body).getResponse().getContentAsString());

		assertThat(answers).containsOnly(answers.get(0));
		BatchPaymentResponse response = this.json.readValue(answers.get(0), BatchPaymentResponse.class);
		assertThat(response.results()).extracting(BatchPaymentResult::outcome).containsOnly(BatchOutcome.COMPLETED);
		assertThat(response.completed()).isEqualTo(50);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM payments WHERE batch_id = 'pg-race'").query(Long.class).single())
			.isEqualTo(50);
	}

	@Test
	void aSingleAndABatchPaymentRacingForOneOrderChargeItOnceOnPostgres() throws Exception {
		ChargeRaces races = new ChargeRaces(this::post, this.json, this.jdbc);
		for (int round = 0; round < 10; round++) {
			races.singleAndBatchRaceForOneOrder(ORDER_IDS.incrementAndGet(), "pg-single-race-" + round);
		}
	}

	@Test
	void twoBatchesSharingAnOrderChargeItOnceOnPostgres() throws Exception {
		ChargeRaces races = new ChargeRaces(this::post, this.json, this.jdbc);
		for (int round = 0; round < 10; round++) {
			races.twoBatchesRaceForASharedOrder(ORDER_IDS.incrementAndGet(),
					List.of(ORDER_IDS.incrementAndGet(), ORDER_IDS.incrementAndGet()),
					List.of("pg-shared-" + round + "-a", "pg-shared-" + round + "-b"));
		}
	}

	private static String batchBody(String batchId, List<Long> orders, String moreItems) {
		return "{\"batch_id\": \"%s\", \"items\": [%s%s]}".formatted(batchId,
				orders.stream()
					.map(orderId -> "{\"order_id\": %d, \"amount\": 1000}".formatted(orderId))
					.collect(Collectors.joining(", ")),
				moreItems);
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, TestSecurity.service())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult get(String uri, Object... variables) {
		return this.mvc.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, TestSecurity.viewer()).exchange();
	}

	private <T> T read(MvcTestResult result, Class<T> type) {
		return this.json.readValue(result.getResponse().getContentAsByteArray(), type);
	}

}

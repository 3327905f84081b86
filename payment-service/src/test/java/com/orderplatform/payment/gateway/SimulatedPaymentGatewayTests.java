package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import com.orderplatform.payment.MigratedDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The simulator's decisions, on a real SQLite file holding its charge ledger (a fresh
 * file per test class, emptied before each test).
 */
class SimulatedPaymentGatewayTests {

	private static final NamedParameterJdbcTemplate DATABASE = MigratedDatabases.sqliteTemplate("gateway-simulator");

	@BeforeEach
	void emptyLedger() {
		DATABASE.getJdbcTemplate().update("DELETE FROM gateway_charges");
	}

	@Test
	void approvesEveryChargeWithFailureRateZero() {
		SimulatedPaymentGateway gateway = gateway(Duration.ZERO, 0.0, null);

		List<ChargeResult> results = charge(gateway, 50);

		assertThat(results).hasSize(50).allSatisfy(result -> {
			assertThat(result.approved()).isTrue();
			assertThat(result.declineReason()).isNull();
		});
	}

	@Test
	void declinesEveryChargeWithFailureRateOne() {
		SimulatedPaymentGateway gateway = gateway(Duration.ZERO, 1.0, null);

		List<ChargeResult> results = charge(gateway, 50);

		assertThat(results).hasSize(50).allSatisfy(result -> {
			assertThat(result.approved()).isFalse();
			assertThat(result.declineReason()).startsWith("Declined by the payment gateway: ");
		});
	}

	@Test
	void repeatsTheSameOutcomesWithTheSameSeed() {
		List<ChargeResult> first = charge(gateway(Duration.ZERO, 0.5, 42L), 40);
		emptyLedger();
		List<ChargeResult> second = charge(gateway(Duration.ZERO, 0.5, 42L), 40);

		assertThat(first).isEqualTo(second);
		assertThat(first).extracting(ChargeResult::approved).contains(true, false);
	}

	@Test
	void takesAtLeastTheConfiguredLatency() {
		// The pause is the test's: it records what the gateway waits, instead of the
		// test timing a real wait.
		List<Duration> pauses = new ArrayList<>();
		List<String> events = new ArrayList<>();
		SimulatedPaymentGateway gateway = Simulators.on(DATABASE,
				new GatewayProperties(Duration.ofMillis(60), 0.0, null, null), (duration) -> {
					pauses.add(duration);
					events.add("paused");
				});

		ChargeResult result = gateway.charge(request(1));
		events.add("answered");

		assertThat(result.approved()).isTrue();
		assertThat(pauses).containsExactly(Duration.ofMillis(60));
		assertThat(events).as("the whole latency before the answer").containsExactly("paused", "answered");
	}

	@Test
	void spendsTheLatencyAsleepOutsideTestsSoAnInterruptEndsTheCharge() {
		SimulatedPaymentGateway gateway = gateway(Duration.ofSeconds(30), 0.0, null);

		// An interrupted thread cannot sleep: a gateway that did not really wait would
		// answer here.
		Thread.currentThread().interrupt();
		try {
			assertThatIllegalStateException().isThrownBy(() -> gateway.charge(request(1)))
				.withMessage("Interrupted while charging transaction tx-1");
			assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
		}
		finally {
			Thread.interrupted();
		}
	}

	@Test
	void decidesEachChargeOfABatchOnItsOwnAsSingleChargesWithTheSameSeed() {
		List<ChargeRequest> requests = requests(40);

		List<ChargeResult> batch = gateway(Duration.ZERO, 0.5, 7L).chargeBatch(requests);
		emptyLedger();
		SimulatedPaymentGateway single = gateway(Duration.ZERO, 0.5, 7L);
		List<ChargeResult> oneByOne = requests.stream().map(single::charge).toList();

		assertThat(batch).hasSize(40).isEqualTo(oneByOne);
		assertThat(batch).extracting(ChargeResult::approved).contains(true, false);
	}

	@Test
	void waitsTheLatencyOnceForAWholeBatch() {
		List<Duration> pauses = new ArrayList<>();
		SimulatedPaymentGateway gateway = Simulators.on(DATABASE,
				new GatewayProperties(Duration.ofMillis(200), 0.0, null, null), pauses::add);

		List<ChargeResult> results = gateway.chargeBatch(requests(20));

		assertThat(results).hasSize(20).allSatisfy(result -> assertThat(result.approved()).isTrue());
		assertThat(pauses).as("one round trip, not twenty").containsExactly(Duration.ofMillis(200));
	}

	@Test
	void waitsTheLatencyForEachSingleCharge() {
		List<Duration> pauses = new ArrayList<>();
		SimulatedPaymentGateway gateway = Simulators.on(DATABASE,
				new GatewayProperties(Duration.ofMillis(200), 0.0, null, null), pauses::add);

		charge(gateway, 3);

		assertThat(pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMillis(200));
	}

	@Test
	void answersAnOrderItApprovedBeforeWithThatApprovalWithoutDecidingAgain() {
		// With seed 1 and a failure rate of 0.5 the outcomes are: approve, decline,
		// decline, …
		SimulatedPaymentGateway gateway = gateway(Duration.ZERO, 0.5, 1L);
		assertThat(gateway.charge(request(1)).approved()).isTrue();

		List<ChargeResult> again = gateway.chargeBatch(List.of(request(1), request(1), request(1)));
		ChargeResult nextOrder = gateway.charge(request(2));

		assertThat(again).containsExactly(ChargeResult.approve(), ChargeResult.approve(), ChargeResult.approve());
		assertThat(nextOrder.approved()).as("the seed's second outcome, untouched by the replays").isFalse();
	}

	@Test
	void chargesADeclinedOrderAgainAsANewAttempt() {
		SimulatedPaymentGateway gateway = gateway(Duration.ZERO, 0.5, 1L);
		gateway.charge(request(100));

		List<Boolean> attempts = LongStream.range(0, 5).mapToObj(i -> gateway.charge(request(11)).approved()).toList();

		assertThat(attempts).containsExactly(false, false, true, true, true);
	}

	@Test
	void declinesAChargeOfAnApprovedOrderForAnotherAmount() {
		SimulatedPaymentGateway gateway = gateway(Duration.ZERO, 0.0, null);
		gateway.charge(request(9));

		ChargeResult other = gateway
			.charge(new ChargeRequest("order-9", "tx-9b", null, 9, new BigDecimal("2500"), "JPY", "credit_card"));

		assertThat(other).isEqualTo(ChargeResult.decline(
				"Declined by the payment gateway: order 9 was already charged 1500 JPY under the same idempotency key"));
	}

	private static SimulatedPaymentGateway gateway(Duration latency, double failureRate, Long seed) {
		return Simulators.on(DATABASE, new GatewayProperties(latency, failureRate, seed, null), Thread::sleep);
	}

	private static List<ChargeResult> charge(SimulatedPaymentGateway gateway, int times) {
		return requests(times).stream().map(gateway::charge).toList();
	}

	private static List<ChargeRequest> requests(int count) {
		return LongStream.rangeClosed(1, count).mapToObj(SimulatedPaymentGatewayTests::request).toList();
	}

	private static ChargeRequest request(long orderId) {
		return new ChargeRequest("order-" + orderId, "tx-" + orderId, orderId, orderId, new BigDecimal("1500"), "JPY",
				"credit_card");
	}

}

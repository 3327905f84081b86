package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedPaymentGatewayTests {

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
		List<ChargeResult> second = charge(gateway(Duration.ZERO, 0.5, 42L), 40);

		assertThat(first).isEqualTo(second);
		assertThat(first).extracting(ChargeResult::approved).contains(true, false);
	}

	@Test
	void takesAtLeastTheConfiguredLatency() {
		SimulatedPaymentGateway gateway = gateway(Duration.ofMillis(60), 0.0, null);

		long started = System.nanoTime();
		ChargeResult result = gateway.charge(request());
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(result.approved()).isTrue();
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(60));
	}

	private static SimulatedPaymentGateway gateway(Duration latency, double failureRate, Long seed) {
		return new SimulatedPaymentGateway(new GatewayProperties(latency, failureRate, seed, null));
	}

	private static List<ChargeResult> charge(SimulatedPaymentGateway gateway, int times) {
		return IntStream.range(0, times).mapToObj(i -> gateway.charge(request())).toList();
	}

	private static ChargeRequest request() {
		return new ChargeRequest("tx-1", 1, 2, new BigDecimal("1500"), "JPY", "credit_card");
	}

}

package com.orderplatform.payment.gateway;

import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Stands in for a card processor: waits the configured latency, then declines the
 * configured share of charges with a typical decline reason and approves the rest.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private static final List<String> DECLINE_REASONS = List.of("insufficient funds", "card expired",
			"card reported lost or stolen", "do not honor");

	private final GatewayProperties properties;

	private final Random random;

	/**
	 * Creates the simulator.
	 * @param properties latency, failure rate and optional seed
	 */
	public SimulatedPaymentGateway(GatewayProperties properties) {
		this.properties = properties;
		this.random = (properties.seed() != null) ? new Random(properties.seed()) : new Random();
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		simulateLatency(request);
		boolean declined;
		String reason;
		synchronized (this.random) {
			declined = this.random.nextDouble() < this.properties.failureRate();
			reason = DECLINE_REASONS.get(this.random.nextInt(DECLINE_REASONS.size()));
		}
		if (declined) {
			log.info("Simulated gateway declined transaction {} of payment {} (order {}): {}", request.transactionId(),
					request.paymentId(), request.orderId(), reason);
			return ChargeResult.decline("Declined by the payment gateway: " + reason);
		}
		log.info("Simulated gateway approved transaction {} of payment {} (order {}) for {} {}",
				request.transactionId(), request.paymentId(), request.orderId(), request.amount(), request.currency());
		return ChargeResult.approve();
	}

	private void simulateLatency(ChargeRequest request) {
		if (this.properties.latency().isZero()) {
			return;
		}
		try {
			Thread.sleep(this.properties.latency());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while charging transaction " + request.transactionId(), ex);
		}
	}

}

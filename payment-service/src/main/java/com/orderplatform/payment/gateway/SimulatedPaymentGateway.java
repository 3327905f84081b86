package com.orderplatform.payment.gateway;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stands in for a card processor: waits the configured latency once per call (a batch is
 * one round trip), then declines the configured share of charges, each on its own, with a
 * typical decline reason and approves the rest. With a seed, the same charges get the
 * same outcomes.
 * <p>
 * Like a real gateway it keeps its idempotency keys, the order ids: a charge for an order
 * it approved before is answered with that approval again, not charged twice. It keeps
 * them in memory, so they last as long as the process (a real gateway keeps them for at
 * least a day).
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private static final String DECLINED = "Declined by the payment gateway: ";

	private static final List<String> DECLINE_REASONS = List.of("insufficient funds", "card expired",
			"card reported lost or stolen", "do not honor");

	private final GatewayProperties properties;

	private final Pause pause;

	private final Random random;

	/** The amount approved per order; guarded by {@link #random}. */
	private final Map<Long, BigDecimal> approvedOrders = new HashMap<>();

	/**
	 * Creates the simulator.
	 * @param properties latency, failure rate and optional seed
	 */
	@Autowired
	public SimulatedPaymentGateway(GatewayProperties properties) {
		this(properties, Thread::sleep);
	}

	SimulatedPaymentGateway(GatewayProperties properties, Pause pause) {
		this.properties = properties;
		this.pause = pause;
		this.random = (properties.seed() != null) ? new Random(properties.seed()) : new Random();
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		simulateLatency("transaction " + request.transactionId());
		ChargeResult result = decide(request);
		if (result.approved()) {
			log.info("Simulated gateway approved transaction {} of payment {} (order {}) for {} {}",
					request.transactionId(), request.paymentId(), request.orderId(), request.amount(),
					request.currency());
		}
		else {
			log.info("Simulated gateway declined transaction {} of payment {} (order {}): {}", request.transactionId(),
					request.paymentId(), request.orderId(), result.declineReason());
		}
		return result;
	}

	@Override
	public List<ChargeResult> chargeBatch(List<ChargeRequest> requests) {
		simulateLatency("a batch of " + requests.size() + " charges");
		List<ChargeResult> results = requests.stream().map(this::decide).toList();
		long approved = results.stream().filter(ChargeResult::approved).count();
		log.info("Simulated gateway answered a batch of {} charges: {} approved, {} declined", requests.size(),
				approved, requests.size() - approved);
		return results;
	}

	private ChargeResult decide(ChargeRequest request) {
		synchronized (this.random) {
			BigDecimal approvedBefore = this.approvedOrders.get(request.orderId());
			if (approvedBefore != null) {
				return replay(request, approvedBefore);
			}
			boolean declined = this.random.nextDouble() < this.properties.failureRate();
			String reason = DECLINE_REASONS.get(this.random.nextInt(DECLINE_REASONS.size()));
			if (declined) {
				return ChargeResult.decline(DECLINED + reason);
			}
			this.approvedOrders.put(request.orderId(), request.amount());
			return ChargeResult.approve();
		}
	}

	private static ChargeResult replay(ChargeRequest request, BigDecimal approvedBefore) {
		if (approvedBefore.compareTo(request.amount()) != 0) {
			return ChargeResult.decline(DECLINED + "order " + request.orderId() + " was already charged "
					+ approvedBefore.toPlainString() + " " + request.currency() + " under the same idempotency key");
		}
		log.debug("Simulated gateway answered transaction {} (order {}) with its earlier approval: already charged",
				request.transactionId(), request.orderId());
		return ChargeResult.approve();
	}

	private void simulateLatency(String what) {
		if (this.properties.latency().isZero()) {
			return;
		}
		try {
			this.pause.pause(this.properties.latency());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while charging " + what, ex);
		}
	}

	/**
	 * How the simulated latency is spent: {@code Thread::sleep}, or recorded in tests.
	 */
	@FunctionalInterface
	interface Pause {

		void pause(Duration duration) throws InterruptedException;

	}

}

package com.orderplatform.payment.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.orderplatform.payment.gateway.GatewayCharges.Approval;
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
 * Like a real gateway it keeps its idempotency keys: every approval is recorded with its
 * key in the charge ledger ({@link GatewayCharges}, the {@code gateway_charges} table of
 * the payment database), and a charge under a key that holds an approval is answered with
 * it, not charged again. The ledger is shared by every instance and survives restarts, so
 * neither two instances nor a restarted one charge a key twice; two instances approving
 * one key at the same moment are settled by the database, and both answer the charge that
 * was recorded.
 */
@Component
public class SimulatedPaymentGateway implements PaymentGateway {

	private static final Logger log = LoggerFactory.getLogger(SimulatedPaymentGateway.class);

	private static final String DECLINED = "Declined by the payment gateway: ";

	private static final List<String> DECLINE_REASONS = List.of("insufficient funds", "card expired",
			"card reported lost or stolen", "do not honor");

	private final GatewayProperties properties;

	private final GatewayCharges ledger;

	private final Clock clock;

	private final Pause pause;

	private final Random random;

	/**
	 * Creates the simulator.
	 * @param properties latency, failure rate and optional seed
	 * @param ledger the approvals recorded so far
	 * @param clock the time approvals are recorded at
	 */
	@Autowired
	SimulatedPaymentGateway(GatewayProperties properties, GatewayCharges ledger, Clock clock) {
		this(properties, ledger, clock, Thread::sleep);
	}

	SimulatedPaymentGateway(GatewayProperties properties, GatewayCharges ledger, Clock clock, Pause pause) {
		this.properties = properties;
		this.ledger = ledger;
		this.clock = clock;
		this.pause = pause;
		this.random = (properties.seed() != null) ? new Random(properties.seed()) : new Random();
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		simulateLatency("transaction " + request.transactionId());
		ChargeResult result = decide(List.of(request)).getFirst();
		if (result.approved()) {
			log.info("Simulated gateway approved transaction {} of payment {} (order {}, key {}) for {} {}",
					request.transactionId(), request.paymentId(), request.orderId(), request.idempotencyKey(),
					request.amount(), request.currency());
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
		List<ChargeResult> results = decide(requests);
		long approved = results.stream().filter(ChargeResult::approved).count();
		log.info("Simulated gateway answered a batch of {} charges: {} approved, {} declined", requests.size(),
				approved, requests.size() - approved);
		return results;
	}

	/**
	 * Answers every charge: from the approval its key holds, else with a fresh decision;
	 * the fresh approvals are recorded, and each is answered by the approval the ledger
	 * holds afterwards (its own, or a concurrent one under the same key, read back for
	 * the keys whose insert added no row).
	 */
	private List<ChargeResult> decide(List<ChargeRequest> requests) {
		Map<String, Approval> before = this.ledger.find(requests.stream().map(ChargeRequest::idempotencyKey).toList());
		Map<String, Approval> fresh = new LinkedHashMap<>();
		String[] declines = new String[requests.size()];
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		synchronized (this.random) {
			for (int i = 0; i < requests.size(); i++) {
				ChargeRequest request = requests.get(i);
				String key = request.idempotencyKey();
				if (before.containsKey(key) || fresh.containsKey(key)) {
					continue;
				}
				boolean declined = this.random.nextDouble() < this.properties.failureRate();
				String reason = DECLINE_REASONS.get(this.random.nextInt(DECLINE_REASONS.size()));
				if (declined) {
					declines[i] = DECLINED + reason;
				}
				else {
					fresh.put(key, Approval.of(request, now));
				}
			}
		}
		Map<String, Approval> recorded = new LinkedHashMap<>(before);
		if (!fresh.isEmpty()) {
			Set<String> ours = this.ledger.recordAll(List.copyOf(fresh.values()));
			List<String> unknown = new ArrayList<>();
			fresh.forEach((key, approval) -> {
				if (ours.contains(key)) {
					recorded.put(key, approval);
				}
				else {
					unknown.add(key);
				}
			});
			if (!unknown.isEmpty()) {
				recorded.putAll(this.ledger.find(unknown));
			}
		}
		ChargeResult[] results = new ChargeResult[requests.size()];
		for (int i = 0; i < requests.size(); i++) {
			results[i] = (declines[i] != null) ? ChargeResult.decline(declines[i])
					: answer(requests.get(i), recorded.get(requests.get(i).idempotencyKey()));
		}
		return List.of(results);
	}

	private static ChargeResult answer(ChargeRequest request, Approval approval) {
		if (approval == null) {
			throw new IllegalStateException("The charge ledger holds no approval under key " + request.idempotencyKey()
					+ " right after recording it");
		}
		if (approval.amount().compareTo(request.amount()) != 0) {
			return ChargeResult.decline(DECLINED + "order " + request.orderId() + " was already charged "
					+ approval.amount().toPlainString() + " " + approval.currency()
					+ " under the same idempotency key");
		}
		if (!approval.transactionId().equals(request.transactionId())) {
			log.debug(
					"Simulated gateway answered transaction {} (order {}) with the approval of transaction {} "
							+ "under key {}: already charged",
					request.transactionId(), request.orderId(), approval.transactionId(), approval.idempotencyKey());
		}
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

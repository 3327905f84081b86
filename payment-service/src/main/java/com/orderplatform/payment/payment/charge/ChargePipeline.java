package com.orderplatform.payment.payment.charge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.gateway.PaymentGateway;
import com.orderplatform.payment.payment.DuplicatePaymentException;
import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentDeclinedException;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import com.orderplatform.payment.payment.store.PaymentRepository.Reattempt;
import com.orderplatform.payment.payment.store.PaymentRepository.StoredAttempt;
import com.orderplatform.payment.payment.store.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way orders are charged, a single payment as a batch of one (ARCHITECTURE §5),
 * in three steps whatever the size: one query reads the orders' payments, one gateway
 * call charges every order that needs it, and one transaction writes every payment with
 * JDBC batch updates. No transaction is open during the gateway call, so a slow gateway
 * holds no database lock.
 * <p>
 * Charging again is safe, which is what makes it crash-safe for the caller: an order this
 * batch paid is answered from its stored payment again, an order paid elsewhere is
 * answered as already paid, and only failed or unpaid orders are charged. If we crash
 * after the gateway call and before the commit, nothing is stored and the caller sends
 * the request again; the charges carry the same idempotency keys again (derived from what
 * is stored, {@link ChargeRequest#idempotencyKey}), so the gateway answers the ones it
 * already approved with those approvals and takes no money twice. The command's
 * {@link ChargeCommand.Kind} decides which gateway call is made and whether the new
 * statuses are announced (a single payment's webhook).
 */
@Component
public class ChargePipeline {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): the gateway approved a
	 * batch's charges, no payment stored yet.
	 */
	static final String AFTER_GATEWAY_BATCH = "after-gateway-batch";

	private static final Logger log = LoggerFactory.getLogger(ChargePipeline.class);

	/**
	 * How often one transaction writes the lines that lost a race with another request
	 * for the same order before giving up on them. On SQLite the second round always
	 * lands (the write transaction locks the database); on PostgreSQL a third race is
	 * already rare.
	 */
	private static final int MAX_WRITE_ROUNDS = 3;

	private final PaymentRepository payments;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChargePipeline(PaymentRepository payments, PaymentGateway gateway, TransactionTemplate transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.gateway = gateway;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Pays one order, as a batch of one without a batch id; its new status is announced.
	 * An order whose earlier payment failed is charged again on the same payment, with a
	 * new transaction id.
	 * @param request the order, amount, currency and method
	 * @return the completed payment
	 * @throws RuntimeException as
	 * {@link com.orderplatform.payment.payment.PaymentService#process} documents: an
	 * invalid amount or currency, a duplicate, a decline
	 */
	public Payment payOne(ProcessPaymentRequest request) {
		ChargeLine line = charge(ChargeCommand.single(request)).getFirst();
		Payment payment = line.payment();
		BatchPaymentResult answer = line.result();
		if (payment != null) {
			log.info("Payment {} of order {} is {} after transaction {}", payment.id(), payment.orderId(),
					payment.state(), payment.transactionId());
		}
		return switch (answer.outcome()) {
			case COMPLETED -> payment;
			case ALREADY_PAID -> throw new DuplicatePaymentException(payment.orderId(), payment.id(), payment.state());
			case FAILED -> throw (payment != null)
					? new PaymentDeclinedException(payment.id(), payment.orderId(), payment.failureReason())
					: new IllegalPaymentStateException(answer.reason());
		};
	}

	/**
	 * Charges the orders of a command and answers each.
	 * @param command the orders, their batch and the kind of request
	 * @return one answered line per order, in the command's order
	 */
	List<ChargeLine> charge(ChargeCommand command) {
		Map<Long, Payment> existing = this.payments.findByOrderIds(command.orderIds());
		List<ChargeLine> lines = command.items()
			.stream()
			.map(item -> ChargeLine.plan(item, existing.get(item.orderId()), command.batchId()))
			.toList();
		List<ChargeLine> charged = lines.stream().filter(ChargeLine::charges).toList();
		if (!charged.isEmpty()) {
			callGateway(command, charged);
			if (command.kind() == ChargeCommand.Kind.BATCH) {
				CrashPoint.reached(AFTER_GATEWAY_BATCH);
			}
			this.transactions.executeWithoutResult(status -> {
				store(charged, existing);
				if (command.kind().announcesChanges()) {
					charged.forEach(line -> line.written()
						.ifPresent(payment -> this.events.publishEvent(PaymentStatusChanged.of(payment))));
				}
			});
		}
		return lines;
	}

	/**
	 * Charges every line in the command's one gateway call. A gateway that fails, or
	 * answers a different number of results, fails every charge of the call.
	 */
	private void callGateway(ChargeCommand command, List<ChargeLine> lines) {
		List<ChargeRequest> requests = lines.stream().map(ChargeLine::chargeRequest).toList();
		List<ChargeResult> results;
		try {
			results = command.kind().call(this.gateway, requests);
			if (results == null || results.size() != requests.size()) {
				throw new IllegalStateException("the gateway answered " + ((results != null) ? results.size() : 0)
						+ " results to " + requests.size() + " charges");
			}
		}
		catch (RuntimeException ex) {
			log.error("Gateway could not charge {} ({} charges, first order {})",
					(command.batchId() != null) ? "batch " + command.batchId() : "a single payment", requests.size(),
					requests.getFirst().orderId(), ex);
			results = Collections.nCopies(requests.size(),
					ChargeResult.decline("Payment gateway error: " + ex.getMessage()));
		}
		for (int i = 0; i < lines.size(); i++) {
			lines.get(i).charged(results.get(i));
		}
	}

	/**
	 * Writes the charged lines' payments and answers them from what was stored. A line
	 * whose order another request paid meanwhile is answered from that payment; one whose
	 * order another request left failed is written again on that payment.
	 * <p>
	 * What was stored is read back as each order's payment id and transaction only: a row
	 * that holds the transaction a line wrote is the payment it wrote, in this
	 * transaction, so it is answered from the payment as written with the id the database
	 * gave it. Only the orders whose row holds another transaction (another request's)
	 * are read back whole.
	 * @param lines the charged lines
	 * @param readBeforeCharging their orders' payments as read before the gateway call
	 */
	private void store(List<ChargeLine> lines, Map<Long, Payment> readBeforeCharging) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Map<Long, Payment> current = readBeforeCharging;
		List<ChargeLine> pending = lines;
		for (int round = 1; round <= MAX_WRITE_ROUNDS && !pending.isEmpty(); round++) {
			Map<Long, Payment> written = write(pending, current, now);
			current = readBack(written);
			List<ChargeLine> again = new ArrayList<>();
			for (ChargeLine line : pending) {
				if (!line.settleWith(current.get(line.orderId()))) {
					again.add(line);
				}
			}
			pending = again;
		}
		pending.forEach(ChargeLine::giveUp);
	}

	/**
	 * Writes the lines' payments.
	 * @return the payments as written, by order id (new ones without their id)
	 */
	private Map<Long, Payment> write(List<ChargeLine> lines, Map<Long, Payment> current, Instant now) {
		Map<Long, Payment> written = HashMap.newHashMap(lines.size());
		List<Payment> inserts = new ArrayList<>();
		List<Reattempt> reattempts = new ArrayList<>();
		for (ChargeLine line : lines) {
			Payment stored = current.get(line.orderId());
			Payment payment;
			if (stored == null) {
				payment = line.paymentOn(null, now);
				inserts.add(payment);
			}
			else {
				String readTransactionId = stored.transactionId();
				payment = line.paymentOn(stored, now);
				reattempts.add(new Reattempt(payment, readTransactionId));
			}
			written.put(line.orderId(), payment);
		}
		this.payments.insertAllIfAbsent(inserts);
		this.payments.updateAllIfUnchanged(reattempts);
		return written;
	}

	/**
	 * The orders' payments as stored after {@link #write}: the written payment with its
	 * id where the row holds its transaction, else the row as read.
	 * @param written the payments as written, by order id
	 * @return each order's payment by order id; orders without one are left out
	 */
	private Map<Long, Payment> readBack(Map<Long, Payment> written) {
		Map<Long, StoredAttempt> attempts = this.payments.findAttempts(written.keySet());
		Map<Long, Payment> stored = HashMap.newHashMap(written.size());
		List<Long> changedElsewhere = new ArrayList<>();
		attempts.forEach((orderId, attempt) -> {
			Payment payment = written.get(orderId);
			if (payment.transactionId().equals(attempt.transactionId())) {
				stored.put(orderId, payment.withId(attempt.id()));
			}
			else {
				changedElsewhere.add(orderId);
			}
		});
		if (!changedElsewhere.isEmpty()) {
			stored.putAll(this.payments.findByOrderIds(changedElsewhere));
		}
		return stored;
	}

}

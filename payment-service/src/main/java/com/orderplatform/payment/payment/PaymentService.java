package com.orderplatform.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.gateway.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pays orders (spec 3.3.3): validates the amount, records the payment as processing,
 * charges it through the gateway with no transaction open, and records the outcome. Each
 * step commits on its own, so a slow gateway holds no database lock.
 */
@Service
public class PaymentService {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private final PaymentRepository payments;

	private final PaymentChanges changes;

	private final PaymentGateway gateway;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PaymentService(PaymentRepository payments, PaymentChanges changes, PaymentGateway gateway,
			TransactionTemplate transactions, Clock clock) {
		this.payments = payments;
		this.changes = changes;
		this.gateway = gateway;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Pays an order. An order whose earlier payment failed is charged again on the same
	 * payment, with a new transaction id.
	 * @param request the order, amount, currency and method
	 * @return the completed payment
	 * @throws AmountOutOfRangeException when the amount is outside 100..1,000,000 JPY
	 * @throws UnsupportedCurrencyException for any currency but JPY
	 * @throws DuplicatePaymentException when the order already has a payment that did not
	 * fail
	 * @throws PaymentDeclinedException when the gateway declined (the payment is stored
	 * as failed)
	 */
	public Payment process(ProcessPaymentRequest request) {
		PaymentLimits.check(request.amount(), request.currency());
		Payment attempt = begin(request);
		ChargeResult result = charge(attempt);
		Payment settled = this.transactions.execute(status -> settle(attempt, result));
		if (settled.state() == PaymentState.FAILED) {
			throw new PaymentDeclinedException(settled.id(), settled.orderId(), settled.failureReason());
		}
		return settled;
	}

	/**
	 * Finds a payment by id.
	 * @param paymentId the payment's id
	 * @return the payment
	 * @throws PaymentNotFoundException when there is none
	 */
	public Payment find(long paymentId) {
		return this.payments.findById(paymentId).orElseThrow(() -> PaymentNotFoundException.byId(paymentId));
	}

	/**
	 * Finds the payment of an order.
	 * @param orderId the order's id
	 * @return the payment
	 * @throws PaymentNotFoundException when the order has none
	 */
	public Payment findByOrder(long orderId) {
		return this.payments.findByOrderId(orderId).orElseThrow(() -> PaymentNotFoundException.byOrder(orderId));
	}

	/**
	 * Lists payments, newest first.
	 * @param status only payments in this status, or {@code null} for all
	 * @param batchId only payments of this batch, or {@code null} for all
	 * @param skip how many to skip
	 * @param limit how many at most
	 * @return the page and the total number of matching payments
	 */
	public PaymentList list(PaymentStatus status, String batchId, int skip, int limit) {
		List<Payment> page = this.payments.findPage(status, batchId, skip, limit);
		return new PaymentList(page, this.payments.count(status, batchId));
	}

	/**
	 * Marks a completed payment as refunded, in the caller's transaction, and announces
	 * the refund once that commits.
	 * @param paymentId the payment to refund
	 * @param reason why it is refunded
	 * @return the refunded payment
	 * @throws PaymentNotFoundException when there is no such payment
	 * @throws PaymentAlreadyRefundedException when it was refunded before
	 * @throws IllegalPaymentStateException when it is not completed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Payment markRefunded(long paymentId, String reason) {
		Payment payment = find(paymentId);
		PaymentState before = payment.state();
		payment.refund(now());
		this.changes.store(payment, before, PaymentStatusChanged.refunded(payment, reason));
		log.info("Payment {} of order {} refunded: {}", payment.id(), payment.orderId(), reason);
		return payment;
	}

	private Payment begin(ProcessPaymentRequest request) {
		try {
			return this.transactions.execute(status -> recordAttempt(request));
		}
		catch (DataIntegrityViolationException ex) {
			// Another request for the same order inserted its payment between our check
			// and
			// our insert; the unique order_id refused ours.
			Payment existing = this.payments.findByOrderId(request.orderId()).orElseThrow(() -> ex);
			throw new DuplicatePaymentException(existing.orderId(), existing.id(), existing.state());
		}
	}

	private Payment recordAttempt(ProcessPaymentRequest request) {
		String transactionId = UUID.randomUUID().toString();
		Instant now = now();
		Payment existing = this.payments.findByOrderId(request.orderId()).orElse(null);
		if (existing == null) {
			Payment payment = this.payments.insert(Payment.start(request.orderId(), request.amount(),
					request.currency(), request.paymentMethod(), transactionId, now));
			log.info("Payment {} of order {} started as transaction {}", payment.id(), payment.orderId(),
					transactionId);
			return payment;
		}
		PaymentState before = existing.state();
		existing.reattempt(request.amount(), request.paymentMethod(), transactionId, null, now);
		this.changes.store(existing, before);
		log.info("Failed payment {} of order {} attempted again as transaction {}", existing.id(), existing.orderId(),
				transactionId);
		return existing;
	}

	private ChargeResult charge(Payment payment) {
		ChargeRequest request = new ChargeRequest(payment.transactionId(), payment.id(), payment.orderId(),
				payment.amount(), payment.currency(), payment.paymentMethod());
		try {
			return this.gateway.charge(request);
		}
		catch (RuntimeException ex) {
			log.error("Gateway could not charge transaction {} of payment {} (order {})", payment.transactionId(),
					payment.id(), payment.orderId(), ex);
			return ChargeResult.decline("Payment gateway error: " + ex.getMessage());
		}
	}

	private Payment settle(Payment attempt, ChargeResult result) {
		// Read again: a gateway callback may have reported the outcome while we waited.
		Payment payment = find(attempt.id());
		PaymentState before = payment.state();
		boolean changed = result.approved() ? payment.complete(now()) : payment.fail(result.declineReason(), now());
		if (changed) {
			this.changes.store(payment, before);
		}
		log.info("Payment {} of order {} is {} after transaction {}", payment.id(), payment.orderId(), payment.state(),
				payment.transactionId());
		return payment;
	}

	private Instant now() {
		// Millisecond precision is what every supported database keeps.
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}

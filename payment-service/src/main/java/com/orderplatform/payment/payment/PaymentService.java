package com.orderplatform.payment.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.payment.charge.ChargePipeline;
import com.orderplatform.payment.payment.store.PaymentChanges;
import com.orderplatform.payment.payment.store.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments as the rest of the service sees them: pay one order (spec 3.3.3), read and
 * list payments, and mark one refunded for the refund feature. A single payment goes
 * through the same {@link ChargePipeline} as a batch, as a batch of one.
 */
@Service
public class PaymentService {

	private static final Logger log = LoggerFactory.getLogger(PaymentService.class);

	private final PaymentRepository payments;

	private final PaymentChanges changes;

	private final ChargePipeline charges;

	private final Clock clock;

	PaymentService(PaymentRepository payments, PaymentChanges changes, ChargePipeline charges, Clock clock) {
		this.payments = payments;
		this.changes = changes;
		this.charges = charges;
		this.clock = clock;
	}

	/**
	 * Pays an order: validates the amount, charges it through the gateway with no
	 * transaction open, and stores the outcome in one transaction; the order service
	 * hears of it by webhook. An order whose earlier payment failed is charged again on
	 * the same payment, with a new transaction id.
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
		return this.charges.payOne(request);
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

	private Instant now() {
		// Millisecond precision is what every supported database keeps.
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}

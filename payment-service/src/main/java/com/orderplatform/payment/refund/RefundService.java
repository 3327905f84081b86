package com.orderplatform.payment.refund;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentAlreadyRefundedException;
import com.orderplatform.payment.payment.PaymentNotFoundException;
import com.orderplatform.payment.payment.PaymentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refunds completed payments in full (spec FR-016, flow 3.5.2).
 */
@Service
public class RefundService {

	private static final Logger log = LoggerFactory.getLogger(RefundService.class);

	private final PaymentService payments;

	private final RefundRepository refunds;

	private final Clock clock;

	RefundService(PaymentService payments, RefundRepository refunds, Clock clock) {
		this.payments = payments;
		this.refunds = refunds;
		this.clock = clock;
	}

	/**
	 * Refunds a payment in full and marks it refunded, in one transaction.
	 * @param paymentId the payment to refund
	 * @param reason why
	 * @return the refund
	 * @throws PaymentNotFoundException when there is no such payment
	 * @throws PaymentAlreadyRefundedException when it was refunded before
	 * @throws IllegalPaymentStateException when it is not completed
	 */
	@Transactional
	public Refund refund(long paymentId, String reason) {
		Payment payment = this.payments.markRefunded(paymentId, reason);
		Refund refund = new Refund(null, payment.id(), payment.orderId(), payment.amount(), reason, Refund.COMPLETED,
				this.clock.instant().truncatedTo(ChronoUnit.MILLIS));
		try {
			Refund stored = this.refunds.insert(refund);
			log.info("Refund {} of payment {} (order {}) recorded for {} {}", stored.id(), payment.id(),
					payment.orderId(), payment.amount(), payment.currency());
			return stored;
		}
		catch (DataIntegrityViolationException ex) {
			// The unique refund per payment caught a race the state check did not.
			throw new PaymentAlreadyRefundedException(paymentId);
		}
	}

}

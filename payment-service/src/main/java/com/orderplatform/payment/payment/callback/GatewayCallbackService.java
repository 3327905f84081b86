package com.orderplatform.payment.payment.callback;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.orderplatform.payment.api.GatewayCallbackRequest;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentNotFoundException;
import com.orderplatform.payment.payment.PaymentState;
import com.orderplatform.payment.payment.store.PaymentChanges;
import com.orderplatform.payment.payment.store.PaymentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies what the payment gateway reports about a transaction (spec 5.2.2, the
 * {@code webhook} endpoint). Gateways deliver callbacks at least once, so hearing the
 * same outcome again changes nothing; an outcome that contradicts the stored one is
 * refused.
 */
@Service
public class GatewayCallbackService {

	private static final Logger log = LoggerFactory.getLogger(GatewayCallbackService.class);

	private static final String DEFAULT_FAILURE_REASON = "Reported as failed by the payment gateway";

	private final PaymentRepository payments;

	private final PaymentChanges changes;

	private final Clock clock;

	GatewayCallbackService(PaymentRepository payments, PaymentChanges changes, Clock clock) {
		this.payments = payments;
		this.changes = changes;
		this.clock = clock;
	}

	/**
	 * Records the outcome the gateway reports for a transaction.
	 * @param callback the transaction id, {@code completed} or {@code failed}, and a
	 * reason
	 * @return the payment as it now stands
	 * @throws UnsupportedCallbackStatusException for a status other than completed or
	 * failed
	 * @throws PaymentNotFoundException when no payment has that transaction id
	 * @throws IllegalPaymentStateException when the outcome contradicts the stored one
	 */
	@Transactional
	public Payment apply(GatewayCallbackRequest callback) {
		PaymentStatus reported = callback.status();
		if (reported != PaymentStatus.COMPLETED && reported != PaymentStatus.FAILED) {
			throw new UnsupportedCallbackStatusException(reported);
		}
		Payment payment = this.payments.findByTransactionId(callback.transactionId())
			.orElseThrow(() -> PaymentNotFoundException.byTransaction(callback.transactionId()));
		PaymentState before = payment.state();
		boolean changed = (reported == PaymentStatus.COMPLETED) ? payment.complete(now())
				: payment.fail(reasonOrDefault(callback.reason()), now());
		if (changed) {
			this.changes.store(payment, before);
			log.info("Gateway callback moved payment {} of order {} from {} to {} (transaction {})", payment.id(),
					payment.orderId(), before, payment.state(), payment.transactionId());
		}
		else {
			log.info("Gateway callback repeated status {} of payment {} (transaction {}); nothing changed", reported,
					payment.id(), payment.transactionId());
		}
		return payment;
	}

	private static String reasonOrDefault(String reason) {
		return (reason == null || reason.isBlank()) ? DEFAULT_FAILURE_REASON : reason;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}

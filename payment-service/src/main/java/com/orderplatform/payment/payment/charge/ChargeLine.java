package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentAttempt;
import com.orderplatform.payment.payment.PaymentLimits;
import com.orderplatform.payment.payment.PaymentState;

/**
 * One order on its way through the charge pipeline: what it already had, the charge sent
 * for it, and in the end its answer. An order is answered at once when it is paid already
 * or the item is invalid; otherwise it is charged, and answered once its payment is
 * stored. A single payment is one line without a batch.
 */
final class ChargeLine {

	private final ChargeItem item;

	private final String batchId;

	/** Our transaction id, when the order is charged. */
	private final String transactionId;

	/** The amount in whole yen (scale 0), when the order is charged. */
	private final BigDecimal amount;

	/** The failed payment charged again, {@code null} for a new one. */
	private final Long reattemptedId;

	/** The gateway's idempotency key of this attempt, when the order is charged. */
	private final String idempotencyKey;

	private ChargeResult charge;

	private BatchPaymentResult result;

	/** The payment the answer comes from; {@code null} for an invalid item. */
	private Payment payment;

	/** Whether {@link #payment} is the one this line wrote. */
	private boolean written;

	private ChargeLine(ChargeItem item, String batchId, String transactionId, BigDecimal amount, Payment failed) {
		this.item = item;
		this.batchId = batchId;
		this.transactionId = transactionId;
		this.amount = amount;
		this.reattemptedId = (failed != null) ? failed.id() : null;
		this.idempotencyKey = (transactionId != null)
				? ChargeRequest.idempotencyKey(item.orderId(), (failed != null) ? failed.transactionId() : null) : null;
	}

	/**
	 * Decides what to do with an order: answer it from its payment, reject the item, or
	 * charge it (a new payment, or a new attempt of a failed one).
	 * @param item the order and what to charge
	 * @param existing its payment, {@code null} when it has none
	 * @param batchId the batch, {@code null} for a single payment
	 * @return the line
	 */
	static ChargeLine plan(ChargeItem item, Payment existing, String batchId) {
		if (existing != null && existing.state() != PaymentState.FAILED) {
			return answered(item, batchId, existing);
		}
		String invalid = item.invalidReason();
		if (invalid != null) {
			ChargeLine line = new ChargeLine(item, batchId, null, null, null);
			line.result = ChargeAnswers.invalid(item.orderId(), item.amount(), invalid);
			return line;
		}
		return new ChargeLine(item, batchId, TransactionIds.next(), item.amount().setScale(0, RoundingMode.UNNECESSARY),
				existing);
	}

	private static ChargeLine answered(ChargeItem item, String batchId, Payment existing) {
		ChargeLine line = new ChargeLine(item, batchId, null, null, null);
		line.answerFrom(existing, batchId != null && batchId.equals(existing.batchId()));
		return line;
	}

	/**
	 * Answers the line from its order's stored payment: completed when this request paid
	 * it (now, or in an earlier sending of the same batch), failed when its attempt was
	 * declined, and already paid when the payment came from elsewhere.
	 */
	private void answerFrom(Payment stored, boolean ours) {
		this.payment = stored;
		this.result = switch (stored.state()) {
			case COMPLETED -> ours ? ChargeAnswers.completed(stored) : ChargeAnswers.alreadyPaid(stored);
			case FAILED -> ChargeAnswers.failed(stored);
			case PROCESSING, REFUNDED -> ChargeAnswers.alreadyPaid(stored);
		};
	}

	long orderId() {
		return this.item.orderId();
	}

	/** Whether the order goes to the gateway: no payment or a failed one, valid item. */
	boolean charges() {
		return this.transactionId != null;
	}

	ChargeRequest chargeRequest() {
		return new ChargeRequest(this.idempotencyKey, this.transactionId, this.reattemptedId, orderId(), this.amount,
				PaymentLimits.CURRENCY, PaymentAttempt.methodOrDefault(this.item.paymentMethod()));
	}

	void charged(ChargeResult gatewayAnswer) {
		this.charge = Objects.requireNonNull(gatewayAnswer, "The gateway answered no result for the charge");
	}

	/**
	 * The payment to store for this line's charge, given what is stored for its order
	 * now: a new payment, or a new attempt of the failed one, with the gateway's outcome.
	 * @param current the order's payment as stored now (failed), {@code null} for none
	 * @param now the current time
	 * @return the payment to store
	 */
	Payment paymentOn(Payment current, Instant now) {
		Payment payment = current;
		if (payment == null) {
			payment = (this.batchId != null)
					? Payment.startInBatch(orderId(), this.amount, this.item.currency(), this.transactionId,
							this.batchId, now)
					: Payment.start(orderId(), this.amount, this.item.currency(), this.item.paymentMethod(),
							this.transactionId, now);
		}
		else {
			payment.reattempt(this.amount, this.item.paymentMethod(), this.transactionId, this.batchId, now);
		}
		if (this.charge.approved()) {
			payment.complete(now);
		}
		else {
			payment.fail(Objects.requireNonNullElse(this.charge.declineReason(), "Declined by the payment gateway"),
					now);
		}
		return payment;
	}

	/**
	 * Answers the line from its order's payment as stored after this request wrote.
	 * @param stored the order's payment now, {@code null} for none
	 * @return {@code false} when the line must be written again: another request left a
	 * failed payment (or none) where ours should be
	 */
	boolean settleWith(Payment stored) {
		if (stored != null && this.transactionId.equals(stored.transactionId())) {
			this.written = true;
			answerFrom(stored, true);
			return true;
		}
		if (stored == null || stored.state() == PaymentState.FAILED) {
			return false;
		}
		// Another request paid the order between our look-up and our write.
		answerFrom(stored, this.batchId != null && this.batchId.equals(stored.batchId()));
		return true;
	}

	/**
	 * Gives up on an order that kept changing under the request; sending it again is
	 * safe.
	 */
	void giveUp() {
		this.result = ChargeAnswers.invalid(orderId(), this.item.amount(), "the payment of order " + orderId()
				+ " was changed by another request while this batch was paying it; send the batch again");
	}

	BatchPaymentResult result() {
		return Objects.requireNonNull(this.result, () -> "Order " + orderId() + " has no answer yet");
	}

	/**
	 * The payment this line wrote, whose new status is announced for a single payment.
	 * @return the payment, or empty when the line wrote none
	 */
	Optional<Payment> written() {
		return this.written ? Optional.of(this.payment) : Optional.empty();
	}

	/**
	 * The payment the answer comes from, {@code null} for an invalid item or a give-up.
	 */
	Payment payment() {
		return this.payment;
	}

}

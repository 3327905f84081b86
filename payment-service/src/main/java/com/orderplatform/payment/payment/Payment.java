package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment of one order: its amount, its gateway transaction and where it stands. All
 * changes go through guarded transitions that refuse what the current state does not
 * allow, naming the payment and its state. Each attempt to charge is a new gateway
 * transaction on the same payment: a failed payment may be attempted again.
 */
public final class Payment {

	/** The payment method when the caller names none. */
	public static final String DEFAULT_METHOD = "credit_card";

	/** The longest failure reason kept (the column's size); a longer one is cut. */
	static final int MAX_REASON_LENGTH = 500;

	private final Long id;

	private final long orderId;

	private final String currency;

	private final Instant createdAt;

	private PaymentAttempt attempt;

	private PaymentState state;

	private Instant updatedAt;

	/**
	 * A payment in any state, as the repository reads it back (or before it is stored).
	 */
	public Payment(Long id, long orderId, String currency, PaymentAttempt attempt, PaymentState state,
			Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.orderId = orderId;
		this.currency = currency;
		this.attempt = attempt;
		this.state = state;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/**
	 * Starts a new payment, not yet stored, in state processing: an amount in whole yen,
	 * the currency ({@code null} for JPY), how the customer pays ({@code null} for credit
	 * card) and the gateway transaction id of this attempt.
	 * @throws AmountOutOfRangeException when the amount is outside 100..1,000,000 JPY
	 * @throws UnsupportedCurrencyException for any currency but JPY
	 */
	public static Payment start(long orderId, BigDecimal amount, String currency, String paymentMethod,
			String transactionId, Instant now) {
		PaymentLimits.check(amount, currency);
		return new Payment(null, orderId, PaymentLimits.CURRENCY,
				PaymentAttempt.of(amount, paymentMethod, transactionId, null), PaymentState.PROCESSING, now, now);
	}

	/**
	 * Starts a new payment of a batch, paid by credit card: {@link #start} with the batch
	 * that makes it.
	 */
	public static Payment startInBatch(long orderId, BigDecimal amount, String currency, String transactionId,
			String batchId, Instant now) {
		Payment payment = start(orderId, amount, currency, null, transactionId, now);
		payment.attempt = payment.attempt.inBatch(batchId);
		return payment;
	}

	/** The same payment with the id the database gave it. */
	public Payment withId(long newId) {
		return new Payment(newId, this.orderId, this.currency, this.attempt, this.state, this.createdAt,
				this.updatedAt);
	}

	/**
	 * Attempts a failed payment again, as a new gateway transaction, with this attempt's
	 * amount, payment method ({@code null} for credit card) and batch ({@code null} for a
	 * single payment). Any other state means the order already has a payment.
	 * @throws DuplicatePaymentException unless the payment failed
	 */
	public void reattempt(BigDecimal newAmount, String newPaymentMethod, String newTransactionId, String newBatchId,
			Instant now) {
		if (!this.state.canBecome(PaymentState.PROCESSING)) {
			throw new DuplicatePaymentException(this.orderId, id(), this.state);
		}
		PaymentLimits.check(newAmount, this.currency);
		this.attempt = PaymentAttempt.of(newAmount, newPaymentMethod, newTransactionId, newBatchId);
		moveTo(PaymentState.PROCESSING, now);
	}

	/**
	 * Records that the gateway charged the customer. Hearing it again, also after a
	 * refund, changes nothing; returns whether the payment changed.
	 * @throws IllegalPaymentStateException when the payment failed
	 */
	public boolean complete(Instant now) {
		if (this.state == PaymentState.COMPLETED || this.state == PaymentState.REFUNDED) {
			return false;
		}
		moveTo(require(PaymentState.COMPLETED, "completed"), now);
		return true;
	}

	/**
	 * Records that the gateway did not charge the customer, and why (cut to
	 * {@value #MAX_REASON_LENGTH} characters: a gateway's error message can be of any
	 * length). Hearing it again changes nothing; returns whether the payment changed.
	 * @throws IllegalPaymentStateException when the payment completed or was refunded
	 */
	public boolean fail(String reason, Instant now) {
		if (this.state == PaymentState.FAILED) {
			return false;
		}
		moveTo(require(PaymentState.FAILED, "failed"), now);
		this.attempt = this.attempt.failedFor((reason != null && reason.length() > MAX_REASON_LENGTH)
				? reason.substring(0, MAX_REASON_LENGTH) : reason);
		return true;
	}

	/**
	 * Marks a completed payment as refunded in full.
	 * @throws PaymentAlreadyRefundedException when it was refunded before
	 * @throws IllegalPaymentStateException when it is not completed
	 */
	public void refund(Instant now) {
		if (this.state == PaymentState.REFUNDED) {
			throw new PaymentAlreadyRefundedException(id());
		}
		moveTo(require(PaymentState.REFUNDED, "refunded"), now);
	}

	private PaymentState require(PaymentState next, String verb) {
		if (!this.state.canBecome(next)) {
			throw new IllegalPaymentStateException(id(), this.state, verb);
		}
		return next;
	}

	private void moveTo(PaymentState next, Instant now) {
		this.state = next;
		this.updatedAt = now;
	}

	/** The payment's id; an {@link IllegalStateException} before it is stored. */
	public long id() {
		return Objects.requireNonNull(this.id, "The payment is not stored yet");
	}

	public long orderId() {
		return this.orderId;
	}

	public String currency() {
		return this.currency;
	}

	public PaymentState state() {
		return this.state;
	}

	public BigDecimal amount() {
		return this.attempt.amount();
	}

	public String paymentMethod() {
		return this.attempt.paymentMethod();
	}

	public String transactionId() {
		return this.attempt.transactionId();
	}

	public String failureReason() {
		return this.attempt.failureReason();
	}

	/**
	 * The batch that made the payment or last attempted it, {@code null} for a single
	 * one.
	 */
	public String batchId() {
		return this.attempt.batchId();
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	@Override
	public String toString() {
		return "Payment " + this.id + " of order " + this.orderId + " (" + this.state + ")";
	}

}

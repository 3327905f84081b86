package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment of one order: its amount, its gateway transaction and where it stands. All
 * changes go through guarded transitions that refuse what the current state does not
 * allow, naming the payment and its state.
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

	private BigDecimal amount;

	private String paymentMethod;

	private PaymentState state;

	private String transactionId;

	private String failureReason;

	private String batchId;

	private Instant updatedAt;

	Payment(Long id, long orderId, BigDecimal amount, String currency, String paymentMethod, PaymentState state,
			String transactionId, String failureReason, String batchId, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.orderId = orderId;
		this.amount = amount;
		this.currency = currency;
		this.paymentMethod = paymentMethod;
		this.state = state;
		this.transactionId = transactionId;
		this.failureReason = failureReason;
		this.batchId = batchId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	/**
	 * Starts a new payment, not yet stored, in state processing.
	 * @param orderId the order to charge
	 * @param amount the amount in whole yen, within the limits
	 * @param currency the currency, {@code null} for JPY
	 * @param paymentMethod how the customer pays, {@code null} for credit card
	 * @param transactionId the gateway transaction id of this attempt
	 * @param now the current time
	 * @return the new payment
	 * @throws AmountOutOfRangeException when the amount is outside 100..1,000,000 JPY
	 * @throws UnsupportedCurrencyException for any currency but JPY
	 */
	public static Payment start(long orderId, BigDecimal amount, String currency, String paymentMethod,
			String transactionId, Instant now) {
		PaymentLimits.check(amount, currency);
		return new Payment(null, orderId, amount, PaymentLimits.CURRENCY, methodOrDefault(paymentMethod),
				PaymentState.PROCESSING, transactionId, null, null, now, now);
	}

	/**
	 * Starts a new payment of a batch, not yet stored, in state processing, paid by
	 * credit card.
	 * @param orderId the order to charge
	 * @param amount the amount in whole yen, within the limits
	 * @param currency the currency, {@code null} for JPY
	 * @param transactionId the gateway transaction id of this attempt
	 * @param batchId the batch that makes the payment
	 * @param now the current time
	 * @return the new payment
	 * @throws AmountOutOfRangeException when the amount is outside 100..1,000,000 JPY
	 * @throws UnsupportedCurrencyException for any currency but JPY
	 */
	static Payment startInBatch(long orderId, BigDecimal amount, String currency, String transactionId, String batchId,
			Instant now) {
		Payment payment = start(orderId, amount, currency, null, transactionId, now);
		payment.batchId = batchId;
		return payment;
	}

	/**
	 * Attempts a failed payment again, as a new gateway transaction. Any other state
	 * means the order already has a payment.
	 * @param newAmount the amount of this attempt
	 * @param newPaymentMethod how the customer pays this time, {@code null} for credit
	 * card
	 * @param newTransactionId the gateway transaction id of this attempt
	 * @param newBatchId the batch making this attempt, {@code null} for a single payment
	 * @param now the current time
	 * @throws DuplicatePaymentException unless the payment failed
	 */
	void reattempt(BigDecimal newAmount, String newPaymentMethod, String newTransactionId, String newBatchId,
			Instant now) {
		if (!this.state.canBecome(PaymentState.PROCESSING)) {
			throw new DuplicatePaymentException(this.orderId, id(), this.state);
		}
		PaymentLimits.check(newAmount, this.currency);
		this.amount = newAmount;
		this.paymentMethod = methodOrDefault(newPaymentMethod);
		this.transactionId = newTransactionId;
		this.failureReason = null;
		this.batchId = newBatchId;
		moveTo(PaymentState.PROCESSING, now);
	}

	/**
	 * Records that the gateway charged the customer. Hearing it again, also after a
	 * refund, changes nothing.
	 * @param now the current time
	 * @return {@code true} when the payment changed
	 * @throws IllegalPaymentStateException when the payment failed
	 */
	boolean complete(Instant now) {
		if (this.state == PaymentState.COMPLETED || this.state == PaymentState.REFUNDED) {
			return false;
		}
		require(PaymentState.COMPLETED, "completed");
		moveTo(PaymentState.COMPLETED, now);
		return true;
	}

	/**
	 * Records that the gateway did not charge the customer. Hearing it again changes
	 * nothing.
	 * @param reason why, as the gateway said; cut to {@value #MAX_REASON_LENGTH}
	 * characters, since a gateway's error message can be of any length
	 * @param now the current time
	 * @return {@code true} when the payment changed
	 * @throws IllegalPaymentStateException when the payment completed or was refunded
	 */
	boolean fail(String reason, Instant now) {
		if (this.state == PaymentState.FAILED) {
			return false;
		}
		require(PaymentState.FAILED, "failed");
		this.failureReason = (reason != null && reason.length() > MAX_REASON_LENGTH)
				? reason.substring(0, MAX_REASON_LENGTH) : reason;
		moveTo(PaymentState.FAILED, now);
		return true;
	}

	/**
	 * Marks a completed payment as refunded in full.
	 * @param now the current time
	 * @throws PaymentAlreadyRefundedException when it was refunded before
	 * @throws IllegalPaymentStateException when it is not completed
	 */
	void refund(Instant now) {
		if (this.state == PaymentState.REFUNDED) {
			throw new PaymentAlreadyRefundedException(id());
		}
		require(PaymentState.REFUNDED, "refunded");
		moveTo(PaymentState.REFUNDED, now);
	}

	Payment withId(long newId) {
		return new Payment(newId, this.orderId, this.amount, this.currency, this.paymentMethod, this.state,
				this.transactionId, this.failureReason, this.batchId, this.createdAt, this.updatedAt);
	}

	private void require(PaymentState next, String verb) {
		if (!this.state.canBecome(next)) {
			throw new IllegalPaymentStateException(id(), this.state, verb);
		}
	}

	private void moveTo(PaymentState next, Instant now) {
		this.state = next;
		this.updatedAt = now;
	}

	private static String methodOrDefault(String paymentMethod) {
		return (paymentMethod == null || paymentMethod.isBlank()) ? DEFAULT_METHOD : paymentMethod;
	}

	/**
	 * The payment's id.
	 * @return the id
	 * @throws IllegalStateException before the payment is stored
	 */
	public long id() {
		return Objects.requireNonNull(this.id, "The payment is not stored yet");
	}

	public long orderId() {
		return this.orderId;
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public String currency() {
		return this.currency;
	}

	public String paymentMethod() {
		return this.paymentMethod;
	}

	public PaymentState state() {
		return this.state;
	}

	public String transactionId() {
		return this.transactionId;
	}

	public String failureReason() {
		return this.failureReason;
	}

	/**
	 * The batch payment that made the payment or last attempted it.
	 * @return the batch id, {@code null} for a single payment
	 */
	public String batchId() {
		return this.batchId;
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

package com.orderplatform.payment.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentResult;
import com.orderplatform.payment.gateway.ChargeRequest;
import com.orderplatform.payment.gateway.ChargeResult;

/**
 * One item of a batch payment on its way through the batch: what its order already had,
 * the charge sent for it, and in the end its answer. An item is answered at once when its
 * order is paid already or the item is invalid; otherwise it is charged, and answered
 * once its payment is stored.
 */
final class BatchLine {

	private final BatchPaymentItem item;

	private final String batchId;

	/** Our transaction id, when the item is charged. */
	private final String transactionId;

	/** The amount in whole yen (scale 0), when the item is charged. */
	private final BigDecimal amount;

	private ChargeResult charge;

	private BatchPaymentResult result;

	private BatchLine(BatchPaymentItem item, String batchId, String transactionId, BigDecimal amount) {
		this.item = item;
		this.batchId = batchId;
		this.transactionId = transactionId;
		this.amount = amount;
	}

	/**
	 * Decides what to do with an item: answer it from its order's payment, reject it, or
	 * charge it (a new payment, or a new attempt of a failed one).
	 * @param item the item
	 * @param existing its order's payment, {@code null} when it has none
	 * @param batchId the batch
	 * @return the line
	 */
	static BatchLine plan(BatchPaymentItem item, Payment existing, String batchId) {
		if (existing != null && existing.state() != PaymentState.FAILED) {
			return answered(item, batchId, answerFrom(existing, batchId));
		}
		String invalid = invalidReason(item);
		if (invalid != null) {
			return answered(item, batchId, PaymentViews.invalidBatchItem(item, invalid));
		}
		return new BatchLine(item, batchId, UUID.randomUUID().toString(),
				item.amount().setScale(0, RoundingMode.UNNECESSARY));
	}

	private static BatchLine answered(BatchPaymentItem item, String batchId, BatchPaymentResult result) {
		BatchLine line = new BatchLine(item, batchId, null, null);
		line.result = result;
		return line;
	}

	/**
	 * Checks what the single payment checks, for this item alone.
	 * @return why the item cannot be paid, {@code null} when it can
	 */
	private static String invalidReason(BatchPaymentItem item) {
		if (item.amount() == null) {
			return "amount is required";
		}
		try {
			PaymentLimits.check(item.amount(), item.currency());
		}
		catch (AmountOutOfRangeException | UnsupportedCurrencyException ex) {
			return ex.getMessage();
		}
		if (item.amount().stripTrailingZeros().scale() > 0) {
			return "amount must be a whole number of yen but was " + item.amount().toPlainString();
		}
		return null;
	}

	/**
	 * The answer for an order whose payment is stored: completed when this batch paid it
	 * (now or in an earlier sending), failed when this batch's attempt was declined, and
	 * already paid when the payment came from elsewhere.
	 */
	private static BatchPaymentResult answerFrom(Payment payment, String batchId) {
		boolean ours = batchId.equals(payment.batchId());
		return switch (payment.state()) {
			case COMPLETED ->
				ours ? PaymentViews.completedBatchItem(payment) : PaymentViews.alreadyPaidBatchItem(payment);
			case FAILED -> PaymentViews.failedBatchItem(payment);
			case PROCESSING, REFUNDED -> PaymentViews.alreadyPaidBatchItem(payment);
		};
	}

	long orderId() {
		return this.item.orderId();
	}

	/**
	 * Whether the item is charged: its order has no payment, or a failed one, and the
	 * item is valid.
	 * @return {@code true} when the item goes to the gateway
	 */
	boolean charges() {
		return this.transactionId != null;
	}

	ChargeRequest chargeRequest() {
		return new ChargeRequest(this.transactionId, null, orderId(), this.amount, PaymentLimits.CURRENCY,
				Payment.DEFAULT_METHOD);
	}

	void charged(ChargeResult gatewayAnswer) {
		this.charge = Objects.requireNonNull(gatewayAnswer, "The gateway answered no result for the charge");
	}

	/**
	 * The payment to store for this line's charge, given what is stored for its order
	 * now: a new payment of the batch, or a new attempt of the failed one, with the
	 * gateway's outcome.
	 * @param current the order's payment as stored now (failed), {@code null} for none
	 * @param now the current time
	 * @return the payment to store
	 */
	Payment paymentOn(Payment current, Instant now) {
		Payment payment;
		if (current == null) {
			payment = Payment.startInBatch(orderId(), this.amount, this.item.currency(), this.transactionId,
					this.batchId, now);
		}
		else {
			current.reattempt(this.amount, null, this.transactionId, this.batchId, now);
			payment = current;
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
	 * Answers the line from its order's payment as stored after this batch wrote.
	 * @param stored the order's payment now, {@code null} for none
	 * @return {@code false} when the line must be written again: another request left a
	 * failed payment (or none) where ours should be
	 */
	boolean settleWith(Payment stored) {
		if (stored != null && this.transactionId.equals(stored.transactionId())) {
			this.result = answerFrom(stored, this.batchId);
			return true;
		}
		if (stored == null || stored.state() == PaymentState.FAILED) {
			return false;
		}
		// Another request paid the order between our look-up and our write.
		this.result = answerFrom(stored, this.batchId);
		return true;
	}

	/**
	 * Gives up on a line whose order kept changing under the batch; sending the batch
	 * again is safe.
	 */
	void giveUp() {
		this.result = PaymentViews.invalidBatchItem(this.item, "the payment of order " + orderId()
				+ " was changed by another request while this batch was paying it; send the batch again");
	}

	BatchPaymentResult result() {
		return Objects.requireNonNull(this.result, () -> "Order " + orderId() + " of the batch has no answer yet");
	}

}

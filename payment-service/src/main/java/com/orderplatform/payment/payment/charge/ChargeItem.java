package com.orderplatform.payment.payment.charge;

import java.math.BigDecimal;

import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.payment.AmountOutOfRangeException;
import com.orderplatform.payment.payment.PaymentLimits;
import com.orderplatform.payment.payment.UnsupportedCurrencyException;

/**
 * One order to charge, from a single payment request or an item of a batch.
 *
 * @param orderId the order
 * @param amount the amount asked for, not yet checked
 * @param currency the currency asked for, {@code null} for JPY
 * @param paymentMethod how the customer pays, {@code null} for credit card (a batch names
 * none)
 */
record ChargeItem(long orderId, BigDecimal amount, String currency, String paymentMethod) {

	static ChargeItem of(BatchPaymentItem item) {
		return new ChargeItem(item.orderId(), item.amount(), item.currency(), null);
	}

	static ChargeItem of(ProcessPaymentRequest request) {
		return new ChargeItem(request.orderId(), request.amount(), request.currency(), request.paymentMethod());
	}

	/**
	 * Checks what a single payment checks, for this item alone: an amount in whole yen
	 * within the limits, in JPY.
	 * @return why the item cannot be paid, {@code null} when it can
	 */
	String invalidReason() {
		if (this.amount == null) {
			return "amount is required";
		}
		try {
			PaymentLimits.check(this.amount, this.currency);
		}
		catch (AmountOutOfRangeException | UnsupportedCurrencyException ex) {
			return ex.getMessage();
		}
		if (this.amount.stripTrailingZeros().scale() > 0) {
			return "amount must be a whole number of yen but was " + this.amount.toPlainString();
		}
		return null;
	}

}

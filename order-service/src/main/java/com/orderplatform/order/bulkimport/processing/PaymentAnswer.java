package com.orderplatform.order.bulkimport.processing;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.payment.api.BatchOutcome;
import com.orderplatform.payment.api.BatchPaymentResult;

/**
 * What the payment service answered a chunk's batch payment ({@link ImportCharger#send}).
 *
 * @param results the result of each order it answered for, by order id
 * @param failure why it answered nothing (rejected, or not reached after the client's
 * retries), {@code null} when it answered
 */
record PaymentAnswer(Map<Long, BatchPaymentResult> results, PaymentServiceException failure) {

	/** The answer of a chunk with nothing to charge: no payment was sent. */
	static final PaymentAnswer NOTHING_SENT = new PaymentAnswer(Map.of(), null);

	/** The start of the reason of an order whose payment got no answer. */
	static final String NOT_COMPLETED = "Payment not completed: ";

	/**
	 * Why an order's payment did not complete.
	 * @param orderId the order
	 * @return the reason, empty when it is paid
	 */
	Optional<String> failureOf(long orderId) {
		BatchPaymentResult result = this.results.get(orderId);
		if (result != null
				&& (result.outcome() == BatchOutcome.COMPLETED || result.outcome() == BatchOutcome.ALREADY_PAID)) {
			return Optional.empty();
		}
		if (result != null) {
			return Optional.of("Payment failed: " + Objects.toString(result.reason(), "declined"));
		}
		return Optional
			.of(NOT_COMPLETED + ((this.failure != null) ? this.failure.getMessage() : "no answer for this order"));
	}

}

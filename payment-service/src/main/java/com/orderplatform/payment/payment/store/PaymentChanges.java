package com.orderplatform.payment.payment.store;

import com.orderplatform.payment.payment.IllegalPaymentStateException;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentState;
import com.orderplatform.payment.payment.PaymentStatusChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a payment's transition and announces it, inside the caller's transaction.
 */
@Component
public class PaymentChanges {

	private final PaymentRepository payments;

	private final ApplicationEventPublisher events;

	PaymentChanges(PaymentRepository payments, ApplicationEventPublisher events) {
		this.payments = payments;
		this.events = events;
	}

	/**
	 * Stores a changed payment, provided nobody else changed it since it was read, and
	 * publishes the change when the payment reached a status the order service tracks.
	 * @param payment the changed payment
	 * @param readInState the state it was read in
	 * @throws IllegalPaymentStateException when another request changed it first
	 */
	public void store(Payment payment, PaymentState readInState) {
		store(payment, readInState, PaymentStatusChanged.of(payment));
	}

	/**
	 * Like {@link #store(Payment, PaymentState)}, with the event to publish.
	 * @param payment the changed payment
	 * @param readInState the state it was read in
	 * @param event what to announce
	 */
	public void store(Payment payment, PaymentState readInState, PaymentStatusChanged event) {
		if (!this.payments.update(payment, readInState)) {
			throw IllegalPaymentStateException.changedConcurrently(payment.id(), readInState);
		}
		if (payment.state() != PaymentState.PROCESSING) {
			this.events.publishEvent(event);
		}
	}

}

package com.orderplatform.order.order.flow;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.StatusChange;
import com.orderplatform.order.payment.PaymentClient;
import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Charges a newly placed order (spec 3.2.3): pending → payment_processing, call the
 * payment service (no database transaction is open meanwhile), then paid, or back to
 * pending with the reason when the payment was rejected or the service stayed
 * unreachable. The payment service's webhook may report the outcome before its answer
 * arrives; whichever comes second finds the order already moved and leaves it.
 */
@Component
class OrderPaymentFlow {

	private static final Logger log = LoggerFactory.getLogger(OrderPaymentFlow.class);

	private final OrderTransitions transitions;

	private final PaymentClient payments;

	OrderPaymentFlow(OrderTransitions transitions, PaymentClient payments) {
		this.transitions = transitions;
		this.payments = payments;
	}

	/**
	 * Charges the order.
	 * @param orderId a pending order
	 * @return the order afterwards: paid, or pending with the reason in its status reason
	 */
	Order charge(long orderId) {
		Order order = this.transitions.change(orderId, this::startPaymentIfPending).order();
		if (order.status() != OrderState.PAYMENT_PROCESSING) {
			// Cancelled between saving and charging: there is nothing to charge any more.
			log.info("Order {} is {} before its charge; not charging it", orderId, order.status());
			return order;
		}
		PaymentView payment;
		try {
			payment = this.payments.charge(orderId, order.totalAmount());
		}
		catch (PaymentServiceException ex) {
			log.warn("Payment of order {} failed: {}", orderId, ex.getMessage());
			return revertToPending(orderId, ex.getMessage());
		}
		if (payment.status() != PaymentStatus.COMPLETED) {
			return revertToPending(orderId, incomplete(payment));
		}
		log.info("Order {} charged: payment {} (transaction {})", orderId, payment.id(), payment.transactionId());
		return this.transitions.change(orderId, this::paidUnlessAlready).order();
	}

	private Optional<StatusChange> startPaymentIfPending(Order order) {
		return (order.status() == OrderState.PENDING) ? Optional.of(order.startPayment(now())) : Optional.empty();
	}

	private Optional<StatusChange> paidUnlessAlready(Order order) {
		return switch (order.status()) {
			case PENDING, PAYMENT_PROCESSING -> Optional.of(order.markPaid(null, now()));
			default -> Optional.empty();
		};
	}

	/**
	 * Back to pending, but only from payment_processing: if the webhook already settled
	 * the order, it knows better than a failed call (e.g. a timeout after the charge went
	 * through).
	 */
	private Order revertToPending(long orderId, String reason) {
		return this.transitions.change(orderId, order -> (order.status() == OrderState.PAYMENT_PROCESSING)
				? Optional.of(order.paymentFailed(reason, now())) : Optional.empty())
			.order();
	}

	private static String incomplete(PaymentView payment) {
		String reason = "payment-service reported payment " + payment.id() + " as "
				+ payment.status().name().toLowerCase(Locale.ROOT)
				+ ((payment.failureReason() != null) ? ": " + payment.failureReason() : "");
		log.warn("Payment of order {} did not complete: {}", payment.orderId(), reason);
		return reason;
	}

	private Instant now() {
		return this.transitions.now();
	}

}

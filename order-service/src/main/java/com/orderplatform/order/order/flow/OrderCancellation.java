package com.orderplatform.order.order.flow;

import java.util.Locale;
import java.util.Optional;

import com.orderplatform.order.order.IllegalOrderTransitionException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.payment.PaymentClient;
import com.orderplatform.order.payment.PaymentServiceException;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.api.RefundView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Cancels an order without ever losing money (spec 3.5.2, 8.2.3): a completed payment is
 * refunded <em>before</em> the order is cancelled, so a refund that cannot be made leaves
 * the order as it was and the caller can try again. Then the customer is emailed.
 */
@Component
class OrderCancellation {

	private static final Logger log = LoggerFactory.getLogger(OrderCancellation.class);

	private final OrderRepository repository;

	private final OrderTransitions transitions;

	private final PaymentClient payments;

	private final OrderNotifier notifier;

	OrderCancellation(OrderRepository repository, OrderTransitions transitions, PaymentClient payments,
			OrderNotifier notifier) {
		this.repository = repository;
		this.transitions = transitions;
		this.payments = payments;
		this.notifier = notifier;
	}

	/**
	 * Refunds the order's payment if it was charged, then cancels the order.
	 * @param orderId the order
	 * @param reason why, may be {@code null}
	 * @return the cancelled order
	 * @throws IllegalOrderTransitionException when the order is shipped, delivered or
	 * already cancelled
	 * @throws RefundFailedException when the payment could not be refunded (the order is
	 * unchanged)
	 */
	Order cancel(long orderId, String reason) {
		for (int attempt = 1;; attempt++) {
			Order order = this.transitions.load(orderId);
			order.ensureCancellable();
			refundIfCharged(order, reason);
			// Cancel only from the status the refund decision saw. If the webhook
			// marked the order paid meanwhile, go round again and look at the payment
			// once more rather than cancel a charge that was never refunded.
			if (this.repository.apply(order.cancel(reason, this.transitions.now()))) {
				log.info("Order {} cancelled from {}{}", orderId, order.status(),
						(reason != null) ? " (" + reason + ")" : "");
				Order cancelled = this.transitions.load(orderId);
				this.notifier.orderCancelled(cancelled);
				return cancelled;
			}
			if (attempt == OrderTransitions.MAX_ATTEMPTS) {
				throw new ConcurrentOrderUpdateException(orderId, attempt);
			}
		}
	}

	private void refundIfCharged(Order order, String reason) {
		try {
			Optional<PaymentView> payment = this.payments.findByOrder(order.id());
			if (payment.isEmpty()) {
				log.info("Order {} ({}) has no payment; nothing to refund", order.id(), order.status());
				return;
			}
			if (payment.get().status() != PaymentStatus.COMPLETED) {
				log.info("Payment {} of order {} is {}; nothing to refund", payment.get().id(), order.id(),
						payment.get().status().name().toLowerCase(Locale.ROOT));
				return;
			}
			RefundView refund = this.payments.refund(payment.get().id(), refundReason(order, reason));
			log.info("Payment {} of order {} refunded: refund {} of {} JPY", payment.get().id(), order.id(),
					refund.id(), refund.amount().toPlainString());
		}
		catch (PaymentServiceException ex) {
			log.warn("Order {} not cancelled: its payment could not be refunded: {}", order.id(), ex.getMessage());
			throw new RefundFailedException(order.id(), ex.getMessage(), ex.isTransientFailure());
		}
	}

	private static String refundReason(Order order, String reason) {
		return (reason != null && !reason.isBlank()) ? reason : "Order " + order.id() + " cancelled";
	}

}

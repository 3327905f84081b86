package com.orderplatform.order.order.flow;

import java.util.Optional;

import com.orderplatform.order.api.UpdateOrderStatusRequest;
import com.orderplatform.order.order.IllegalOrderTransitionException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderState;

import org.springframework.stereotype.Service;

/**
 * Status changes asked for by people: shipped (the customer is emailed), delivered, and
 * cancellation (refund first). Pending, payment_processing and paid belong to the payment
 * flow and are refused here.
 */
@Service
public class OrderStatusService {

	private final OrderTransitions transitions;

	private final OrderCancellation cancellation;

	private final OrderNotifier notifier;

	OrderStatusService(OrderTransitions transitions, OrderCancellation cancellation, OrderNotifier notifier) {
		this.transitions = transitions;
		this.cancellation = cancellation;
		this.notifier = notifier;
	}

	/**
	 * Moves an order to the requested status.
	 * @param orderId the order
	 * @param request the target status and an optional reason
	 * @return the order afterwards
	 * @throws OrderNotFoundException when there is no such order
	 * @throws PaymentManagedStatusException for pending, payment_processing and paid
	 * @throws IllegalOrderTransitionException when the current status does not lead to
	 * the requested one
	 */
	public Order update(long orderId, UpdateOrderStatusRequest request) {
		OrderState target = OrderState.of(request.status());
		String reason = note(request.reason());
		this.transitions.load(orderId);
		if (target.isSetByPaymentFlow()) {
			throw new PaymentManagedStatusException(orderId, target);
		}
		return switch (target) {
			case CANCELLED -> cancel(orderId, reason);
			case SHIPPED -> ship(orderId, reason);
			case DELIVERED -> this.transitions
				.change(orderId, order -> Optional.of(order.markDelivered(reason, this.transitions.now())))
				.order();
			default -> throw new IllegalStateException("Unhandled status " + target);
		};
	}

	/**
	 * Cancels an order, refunding its payment first if it was charged.
	 * @param orderId the order
	 * @param reason why, may be {@code null}
	 * @return the cancelled order
	 * @throws OrderNotFoundException when there is no such order
	 * @throws IllegalOrderTransitionException when it is shipped, delivered or cancelled
	 * @throws RefundFailedException when the refund could not be made (order unchanged)
	 */
	public Order cancel(long orderId, String reason) {
		return this.cancellation.cancel(orderId, note(reason));
	}

	private Order ship(long orderId, String reason) {
		Order shipped = this.transitions
			.change(orderId, order -> Optional.of(order.markShipped(reason, this.transitions.now())))
			.order();
		this.notifier.orderShipped(shipped);
		return shipped;
	}

	private static String note(String reason) {
		return (reason != null && !reason.isBlank()) ? reason.strip() : null;
	}

}

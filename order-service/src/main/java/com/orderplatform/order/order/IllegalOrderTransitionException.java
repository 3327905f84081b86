package com.orderplatform.order.order;

/**
 * An order was asked to move to a status its current status does not lead to, e.g.
 * {@code "Order 42 cannot move from shipped to paid"}.
 */
public class IllegalOrderTransitionException extends RuntimeException {

	private final long orderId;

	private final OrderState from;

	private final OrderState to;

	/**
	 * Creates the exception.
	 * @param orderId the order
	 * @param from its current status
	 * @param to the requested status
	 */
	public IllegalOrderTransitionException(long orderId, OrderState from, OrderState to) {
		super("Order " + orderId + " cannot move from " + from + " to " + to);
		this.orderId = orderId;
		this.from = from;
		this.to = to;
	}

	/**
	 * The order.
	 * @return its id
	 */
	public long getOrderId() {
		return this.orderId;
	}

	/**
	 * The order's status when the transition was refused.
	 * @return the current status
	 */
	public OrderState getFrom() {
		return this.from;
	}

	/**
	 * The status that was requested.
	 * @return the requested status
	 */
	public OrderState getTo() {
		return this.to;
	}

}

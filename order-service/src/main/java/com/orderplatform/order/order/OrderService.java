package com.orderplatform.order.order;

import com.orderplatform.common.logging.Masked;
import com.orderplatform.order.api.OrderItemRequest;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PlaceOrderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Places orders and reads them. Placing follows spec 3.2.3: save as pending, charge
 * through the payment service, and on success email the confirmation.
 */
@Service
public class OrderService {

	private static final Logger log = LoggerFactory.getLogger(OrderService.class);

	private final OrderRepository repository;

	private final OrderTransitions transitions;

	private final OrderPaymentFlow paymentFlow;

	private final OrderNotifier notifier;

	OrderService(OrderRepository repository, OrderTransitions transitions, OrderPaymentFlow paymentFlow,
			OrderNotifier notifier) {
		this.repository = repository;
		this.transitions = transitions;
		this.paymentFlow = paymentFlow;
		this.notifier = notifier;
	}

	/**
	 * Places an order and charges it. The order exists whatever the payment's outcome: it
	 * is paid, or pending with the reason the payment failed.
	 * @param request the order
	 * @return the order afterwards
	 */
	public OrderView place(PlaceOrderRequest request) {
		NewOrder order = NewOrder.single(request.customerEmail(), request.customerName(), request.currency(),
				request.items().stream().map(OrderService::item).toList());
		long id = this.repository.insert(order, this.transitions.now());
		log.info("Order {} placed for {} with {} items, total {} {}", id, Masked.email(order.customerEmail()),
				order.items().size(), order.totalAmount().toPlainString(), order.currency());
		Order charged = this.paymentFlow.charge(id);
		if (charged.status() == OrderState.PAID) {
			this.notifier.orderConfirmed(charged);
		}
		return OrderViews.view(charged);
	}

	/**
	 * Reads an order with its items and status history.
	 * @param orderId the order's id
	 * @return the order
	 * @throws OrderNotFoundException when there is none
	 */
	public OrderView get(long orderId) {
		return OrderViews.view(this.transitions.load(orderId));
	}

	/**
	 * Lists orders, newest first.
	 * @param filter which orders
	 * @param skip how many matching orders to pass over
	 * @param limit the page size
	 * @return the page and the number of matching orders
	 */
	public OrderPage list(OrderFilter filter, int skip, int limit) {
		return list(filter, OrderSort.NEWEST_FIRST, skip, limit);
	}

	/**
	 * One page of the orders matching a filter, in the given order, with the total count.
	 * @param filter which orders
	 * @param sort in which order
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page
	 */
	public OrderPage list(OrderFilter filter, OrderSort sort, int skip, int limit) {
		return new OrderPage(
				this.repository.findPage(filter, sort, skip, limit).stream().map(OrderViews::view).toList(),
				this.repository.count(filter), skip, limit);
	}

	private static OrderItem item(OrderItemRequest item) {
		return OrderItem.of(item.productName(), item.quantity(), item.unitPrice(), item.notes());
	}

}

package com.orderplatform.order.order.flow;

import java.util.List;

import com.orderplatform.common.logging.Masked;
import com.orderplatform.order.api.OrderItemRequest;
import com.orderplatform.order.api.PlaceOrderRequest;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderSort;
import com.orderplatform.order.order.OrderState;
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
	public Order place(PlaceOrderRequest request) {
		NewOrder order = NewOrder.single(request.customerEmail(), request.customerName(), request.currency(),
				request.items().stream().map(OrderService::item).toList());
		long id = this.repository.insert(order, this.transitions.now());
		log.info("Order {} placed for {} with {} items, total {} {}", id, Masked.email(order.customerEmail()),
				order.items().size(), order.totalAmount().toPlainString(), order.currency());
		Order charged = this.paymentFlow.charge(id);
		if (charged.status() == OrderState.PAID) {
			this.notifier.orderConfirmed(charged);
		}
		return charged;
	}

	/**
	 * Reads an order with its items and status history.
	 * @param orderId the order's id
	 * @return the order
	 * @throws OrderNotFoundException when there is none
	 */
	public Order get(long orderId) {
		return this.transitions.load(orderId);
	}

	/**
	 * One page of the orders matching a filter, in the given order, with the total count:
	 * counted first, so that a page past the middle is read from the end of the list.
	 * @param filter which orders
	 * @param sort in which order
	 * @param skip how many to pass over
	 * @param limit how many at most
	 * @return the page
	 */
	public Page list(OrderFilter filter, OrderSort sort, int skip, int limit) {
		long total = this.repository.count(filter);
		return new Page(this.repository.findPage(filter, sort, skip, limit, total), total);
	}

	/**
	 * One page of a list of orders.
	 *
	 * @param orders the orders on the page, with their items and history
	 * @param total how many orders match the list's filter
	 */
	public record Page(List<Order> orders, long total) {
	}

	private static OrderItem item(OrderItemRequest item) {
		return OrderItem.of(item.productName(), item.quantity(), item.unitPrice(), item.notes());
	}

}

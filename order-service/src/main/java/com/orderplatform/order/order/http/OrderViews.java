package com.orderplatform.order.order.http;

import com.orderplatform.order.api.OrderItemView;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.StatusChangeView;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.StatusChange;

/** Maps the order aggregate to the API's records. */
final class OrderViews {

	private OrderViews() {
	}

	static OrderView view(Order order) {
		return new OrderView(order.id(), order.customerEmail(), order.customerName(), order.status().toApi(),
				order.statusReason(), order.totalAmount(), order.currency(), order.batchId(),
				order.items().stream().map(OrderViews::item).toList(),
				order.history().stream().map(OrderViews::change).toList(), order.createdAt(), order.updatedAt());
	}

	private static OrderItemView item(OrderItem item) {
		return new OrderItemView(item.id(), item.productName(), item.quantity(), item.unitPrice(), item.subtotal(),
				item.notes());
	}

	private static StatusChangeView change(StatusChange change) {
		return new StatusChangeView((change.from() != null) ? change.from().toApi() : null, change.to().toApi(),
				change.reason(), change.at());
	}

}

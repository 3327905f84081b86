package com.orderplatform.order.bulkimport.processing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.notification.NotificationClient;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderBatches;
import com.orderplatform.order.order.OrderState;

import org.springframework.stereotype.Component;

/**
 * Queues the ORDER_CONFIRMATION of an import's paid orders ({@code notify=per_order}),
 * one bulk notification request per chunk with the keys {@code import:<job>:<order>}:
 * ones queued before are answered, not queued again, so sending a chunk twice is safe.
 */
@Component
class ImportConfirmations {

	static final String CONFIRMATION = "ORDER_CONFIRMATION";

	private final OrderBatches orders;

	private final NotificationClient notifications;

	ImportConfirmations(OrderBatches orders, NotificationClient notifications) {
		this.orders = orders;
		this.notifications = notifications;
	}

	/**
	 * Queues the confirmations of a chunk's paid orders.
	 * @throws NotificationServiceException when the notification service did not take
	 * them (after the in-request retries)
	 */
	void confirm(ImportJob job, List<Long> orderIds) {
		List<BulkNotificationItem> items = new ArrayList<>();
		for (Order order : this.orders.findAllById(orderIds)) {
			if (order.status() == OrderState.PAID) {
				items.add(new BulkNotificationItem(order.id(), "email", order.customerEmail(), CONFIRMATION,
						data(order), null, "import:" + job.id() + ":" + order.id(), job.id()));
			}
		}
		if (!items.isEmpty()) {
			this.notifications.sendBulk(new BulkNotificationRequest(items));
		}
	}

	/**
	 * How many notifications of the job the notification service holds.
	 * @throws NotificationServiceException when it cannot be asked
	 */
	long queued(ImportJob job) {
		return this.notifications.countForBatch(job.id());
	}

	private static Map<String, Object> data(Order order) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("order_id", order.id());
		data.put("customer_name", order.customerName());
		data.put("total_amount", order.totalAmount());
		data.put("currency", order.currency());
		data.put("item_count", order.itemCount());
		return data;
	}

}

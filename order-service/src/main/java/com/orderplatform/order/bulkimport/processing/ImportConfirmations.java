package com.orderplatform.order.bulkimport.processing;

import java.util.ArrayList;
import java.util.List;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.BulkNotificationRequest;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.notification.NotificationClient;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderRepository;
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

	private final OrderRepository orders;

	private final NotificationClient notifications;

	ImportConfirmations(OrderRepository orders, NotificationClient notifications) {
		this.orders = orders;
		this.notifications = notifications;
	}

	/**
	 * Queues the confirmations of a chunk's paid orders.
	 * @throws NotificationServiceException when the notification service did not take
	 * them (after the in-request retries)
	 */
	void confirm(ImportJob job, List<Long> orderIds) {
		confirmOrders(job, this.orders.findAllById(orderIds));
	}

	/**
	 * Queues the confirmations of those of the given orders that are paid.
	 * @param orders orders of the job, as last read or changed
	 * @throws NotificationServiceException when the notification service did not take
	 * them (after the in-request retries)
	 */
	void confirmOrders(ImportJob job, List<Order> orders) {
		List<BulkNotificationItem> items = new ArrayList<>();
		for (Order order : orders) {
			if (order.status() == OrderState.PAID) {
				items.add(new BulkNotificationItem(order.id(), "email", order.customerEmail(), CONFIRMATION,
						order.templateData(), null, "import:" + job.id() + ":" + order.id(), job.id()));
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

}

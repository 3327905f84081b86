package com.orderplatform.order.order.flow;

import java.util.Map;

import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.order.notification.NotificationClient;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Emails the customer about their order through the notification service. A failure is
 * logged with the order id and never blocks or undoes the order (spec 5.3.2).
 */
@Component
class OrderNotifier {

	static final String ORDER_CONFIRMATION = "ORDER_CONFIRMATION";

	static final String ORDER_SHIPPED = "ORDER_SHIPPED";

	static final String ORDER_CANCELLED = "ORDER_CANCELLED";

	private static final String LANGUAGE = "ja";

	private static final Logger log = LoggerFactory.getLogger(OrderNotifier.class);

	private final NotificationClient notifications;

	OrderNotifier(NotificationClient notifications) {
		this.notifications = notifications;
	}

	void orderConfirmed(Order order) {
		send(order, ORDER_CONFIRMATION, order.templateData());
	}

	void orderShipped(Order order) {
		send(order, ORDER_SHIPPED, order.templateData());
	}

	void orderCancelled(Order order) {
		Map<String, Object> data = order.templateData();
		if (order.statusReason() != null) {
			data.put("reason", order.statusReason());
		}
		send(order, ORDER_CANCELLED, data);
	}

	private void send(Order order, String template, Map<String, Object> data) {
		SendEmailRequest request = new SendEmailRequest(order.id(), order.customerEmail(), template, data, LANGUAGE);
		try {
			NotificationView notification = this.notifications.sendEmail(request);
			log.info("Requested {} email for order {} (notification {})", template, order.id(), notification.id());
		}
		catch (NotificationServiceException ex) {
			log.warn("Could not send {} email for order {}; the order is unaffected: {}", template, order.id(),
					ex.getMessage());
		}
	}

}

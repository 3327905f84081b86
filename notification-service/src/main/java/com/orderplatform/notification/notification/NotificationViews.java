package com.orderplatform.notification.notification;

import com.orderplatform.notification.api.NotificationChannel;
import com.orderplatform.notification.api.NotificationStatus;
import com.orderplatform.notification.api.NotificationView;

/** Maps notifications to the contract's view. */
final class NotificationViews {

	private NotificationViews() {
	}

	static NotificationView of(Notification notification) {
		return new NotificationView(notification.id(), notification.orderId(),
				NotificationChannel.valueOf(notification.channel().name()), notification.template().name(),
				notification.recipient(), notification.message().subject(), notification.message().body(),
				NotificationStatus.valueOf(notification.status().name()), notification.failureReason(),
				notification.sentAt(), notification.createdAt());
	}

	static DeliveryStatus status(String code) {
		return (code != null) ? DeliveryStatus.fromCode(code) : null;
	}

}

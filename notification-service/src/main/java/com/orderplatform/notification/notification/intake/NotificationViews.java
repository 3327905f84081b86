package com.orderplatform.notification.notification.intake;

import com.orderplatform.notification.api.NotificationChannel;
import com.orderplatform.notification.api.NotificationStatus;
import com.orderplatform.notification.api.NotificationView;
import com.orderplatform.notification.api.QueuedNotification;
import com.orderplatform.notification.delivery.MailProperties;
import com.orderplatform.notification.notification.DeliveryStatus;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.store.Receipt;

import org.springframework.stereotype.Component;

/**
 * Maps notifications to the contract's records. It knows the sender's domain because a
 * view shows the {@code Message-ID} the notification's email carries.
 */
@Component
class NotificationViews {

	private final String messageIdDomain;

	NotificationViews(MailProperties mail) {
		this.messageIdDomain = mail.messageIdDomain();
	}

	NotificationView of(Notification notification) {
		return new NotificationView(notification.id(), notification.orderId(),
				NotificationChannel.valueOf(notification.channel().name()), notification.template().name(),
				notification.recipient(), notification.message().subject(), notification.message().body(),
				status(notification.status()), notification.failureReason(), notification.sentAt(),
				notification.createdAt(), notification.batchId(), notification.attempts(),
				notification.emailMessageId(this.messageIdDomain));
	}

	static QueuedNotification of(Receipt receipt) {
		return new QueuedNotification(receipt.id(), receipt.idempotencyKey(), status(receipt.status()),
				receipt.duplicate());
	}

	static DeliveryStatus status(String code) {
		return (code != null) ? DeliveryStatus.fromCode(code) : null;
	}

	private static NotificationStatus status(DeliveryStatus status) {
		return NotificationStatus.valueOf(status.name());
	}

}

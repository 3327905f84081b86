package com.orderplatform.notification.dispatch;

import com.orderplatform.notification.delivery.DeliveryFailedException;
import com.orderplatform.notification.delivery.EmailMessage;
import com.orderplatform.notification.delivery.EmailTransport;
import com.orderplatform.notification.delivery.MailProperties;
import com.orderplatform.notification.delivery.SmsMessage;
import com.orderplatform.notification.delivery.SmsTransport;
import com.orderplatform.notification.notification.Notification;

import org.springframework.stereotype.Component;

/** Hands a notification to the transport of its channel. */
@Component
class NotificationCourier {

	private final EmailTransport email;

	private final SmsTransport sms;

	private final String messageIdDomain;

	NotificationCourier(EmailTransport email, SmsTransport sms, MailProperties mail) {
		this.email = email;
		this.sms = sms;
		this.messageIdDomain = mail.messageIdDomain();
	}

	/**
	 * Delivers the notification's message. An email carries the notification's own
	 * {@code Message-ID}, the same on every attempt.
	 * @throws DeliveryFailedException if the transport did not accept it, for whatever
	 * reason: a notification must never stay pending because a transport threw something
	 * unexpected
	 */
	void deliver(Notification notification) {
		try {
			switch (notification.channel()) {
				case EMAIL -> this.email.send(new EmailMessage(notification.id(), notification.template().toString(),
						notification.emailMessageId(this.messageIdDomain), notification.recipient(),
						notification.message().subject(), notification.message().body()));
				case SMS -> this.sms.send(new SmsMessage(notification.id(), notification.template().toString(),
						notification.recipient(), notification.message().body()));
			}
		}
		catch (DeliveryFailedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new DeliveryFailedException(notification.channel().code() + " transport failed: " + ex, ex);
		}
	}

}

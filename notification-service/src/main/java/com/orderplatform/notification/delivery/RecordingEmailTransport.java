package com.orderplatform.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default when no SMTP host is configured: the email is written to the log
 * instead of being sent, and counts as sent. The notification row keeps the full rendered
 * message, so nothing is lost; configure {@code OMS_SMTP_HOST} to send for real.
 */
class RecordingEmailTransport implements EmailTransport {

	private static final Logger log = LoggerFactory.getLogger(RecordingEmailTransport.class);

	@Override
	public void send(EmailMessage message) {
		log.info(
				"Email of notification {} recorded, not sent (no SMTP host configured): to={} message-id={} "
						+ "subject='{}'\n{}",
				message.notificationId(), message.to(), message.messageId(), message.subject(), message.body());
	}

}

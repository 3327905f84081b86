package com.orderplatform.notification.delivery;

import com.orderplatform.common.logging.Masked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default when no SMTP host is configured: the email is recorded instead of
 * being sent, and counts as sent. The notification row keeps the full rendered message
 * (see it with {@code GET /api/v1/notifications/{id}}), so nothing is lost; the log gets
 * only the notification's id, template and a masked recipient, never the subject or body,
 * which hold customers' names and orders. Configure {@code OMS_SMTP_HOST} to send for
 * real.
 */
class RecordingEmailTransport implements EmailTransport {

	private static final Logger log = LoggerFactory.getLogger(RecordingEmailTransport.class);

	@Override
	public void send(EmailMessage message) {
		log.info("Email of notification {} ({}) to {} recorded, not sent (no SMTP host configured); message-id={}",
				message.notificationId(), message.template(), Masked.email(message.to()), message.messageId());
	}

}

package com.orderplatform.notification.delivery;

import com.orderplatform.common.logging.Masked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default SMS transport: no provider is connected yet, so messages are recorded, not
 * sent. The notification row keeps the text; the log gets only the notification's id,
 * template and a masked number, never the text.
 */
class LoggingSmsTransport implements SmsTransport {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsTransport.class);

	@Override
	public void send(SmsMessage message) {
		log.info("SMS of notification {} ({}) to {} recorded, not sent (no SMS provider configured)",
				message.notificationId(), message.template(), Masked.phone(message.to()));
	}

}

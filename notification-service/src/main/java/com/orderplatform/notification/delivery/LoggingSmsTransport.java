package com.orderplatform.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default SMS transport: no provider is connected yet, so messages go to the log. */
class LoggingSmsTransport implements SmsTransport {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsTransport.class);

	@Override
	public void send(SmsMessage message) {
		log.info("SMS of notification {} recorded, not sent (no SMS provider configured): to={} text='{}'",
				message.notificationId(), message.to(), message.body());
	}

}

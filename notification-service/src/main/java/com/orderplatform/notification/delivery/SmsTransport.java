package com.orderplatform.notification.delivery;

/**
 * Sends text messages. The default only logs them; an SMS provider plugs in by supplying
 * its own bean of this type.
 */
public interface SmsTransport {

	/**
	 * Hands a text message over for delivery.
	 * @param message the message
	 * @throws DeliveryFailedException if it was not accepted, saying why
	 */
	void send(SmsMessage message);

}

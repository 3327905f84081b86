package com.orderplatform.notification.delivery;

/** Sends emails. */
public interface EmailTransport {

	/**
	 * Hands an email over for delivery; returns once the mail server has accepted it.
	 * @param message the email
	 * @throws DeliveryFailedException if it was not accepted, saying why
	 */
	void send(EmailMessage message);

}

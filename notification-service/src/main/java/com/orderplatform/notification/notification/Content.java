package com.orderplatform.notification.notification;

import java.util.Objects;

import com.orderplatform.notification.template.RenderedMessage;
import com.orderplatform.notification.template.TemplateKey;

/**
 * What a notification says to whom, fixed when it is accepted.
 *
 * @param orderId the order it is about
 * @param template the template it was rendered from
 * @param recipient the email address or phone number
 * @param message the rendered subject and body
 */
public record Content(long orderId, TemplateKey template, String recipient, RenderedMessage message) {

	public Content {
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(message, "message");
	}

}

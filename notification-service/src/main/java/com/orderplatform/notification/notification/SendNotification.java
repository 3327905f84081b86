package com.orderplatform.notification.notification;

import java.util.HashMap;
import java.util.Map;

import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;

/**
 * A request to send one notification, whatever its channel.
 *
 * @param orderId the order it is about
 * @param template the template's name, channel and language
 * @param recipient the email address or phone number
 * @param templateData the template's variables
 */
public record SendNotification(long orderId, TemplateKey template, String recipient, Map<String, Object> templateData) {

	/**
	 * The command for an email request.
	 * @param request the validated request
	 * @return the command
	 */
	public static SendNotification email(SendEmailRequest request) {
		return new SendNotification(request.orderId(), key(request.templateName(), Channel.EMAIL, request.language()),
				request.toEmail(), request.templateData());
	}

	/**
	 * The command for an SMS request.
	 * @param request the validated request
	 * @return the command
	 */
	public static SendNotification sms(SendSmsRequest request) {
		return new SendNotification(request.orderId(), key(request.templateName(), Channel.SMS, request.language()),
				request.toPhone(), request.templateData());
	}

	/**
	 * The variables the template is rendered with: the request's {@code template_data},
	 * plus {@code order_id} from the request when the data leaves it out (every template
	 * shows it).
	 * @return a new map
	 */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>((this.templateData != null) ? this.templateData : Map.of());
		variables.putIfAbsent("order_id", this.orderId);
		return variables;
	}

	private static TemplateKey key(String name, Channel channel, String language) {
		return new TemplateKey(name.strip(), channel, Language.fromCode(language));
	}

}

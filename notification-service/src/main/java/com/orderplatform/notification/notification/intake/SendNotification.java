package com.orderplatform.notification.notification.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.orderplatform.notification.api.BulkNotificationItem;
import com.orderplatform.notification.api.FieldFormats;
import com.orderplatform.notification.api.SendEmailRequest;
import com.orderplatform.notification.api.SendSmsRequest;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;

/**
 * A request to queue one notification, whatever its channel.
 *
 * @param orderId the order it is about
 * @param template the template's name, channel and language
 * @param recipient the email address or phone number
 * @param templateData the template's variables
 * @param queueing its batch and idempotency key, either possibly {@code null}
 */
public record SendNotification(long orderId, TemplateKey template, String recipient, Map<String, Object> templateData,
		Queueing queueing) {

	private static final Pattern EMAIL = Pattern.compile(FieldFormats.EMAIL);

	private static final Pattern PHONE = Pattern.compile(FieldFormats.PHONE);

	/**
	 * The command for an email request.
	 * @param request the validated request
	 * @return the command
	 */
	public static SendNotification email(SendEmailRequest request) {
		return new SendNotification(request.orderId(), key(request.templateName(), Channel.EMAIL, request.language()),
				request.toEmail(), request.templateData(), new Queueing(null, request.idempotencyKey()));
	}

	/**
	 * The command for an SMS request.
	 * @param request the validated request
	 * @return the command
	 */
	public static SendNotification sms(SendSmsRequest request) {
		return new SendNotification(request.orderId(), key(request.templateName(), Channel.SMS, request.language()),
				request.toPhone(), request.templateData(), new Queueing(null, request.idempotencyKey()));
	}

	/**
	 * The command for one item of a bulk request.
	 * @param item the validated item
	 * @return the command
	 */
	public static SendNotification item(BulkNotificationItem item) {
		return new SendNotification(item.orderId(),
				key(item.templateName(), Channel.fromCode(item.channel()), item.language()), item.recipient().strip(),
				item.templateData(), new Queueing(item.batchId(), item.idempotencyKey()));
	}

	/**
	 * The variables the template is rendered with: the request's {@code template_data},
	 * plus {@code order_id} from the request when the data leaves it out (every order
	 * template shows it).
	 * @return a new map
	 */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new HashMap<>((this.templateData != null) ? this.templateData : Map.of());
		variables.putIfAbsent("order_id", this.orderId);
		return variables;
	}

	/**
	 * Whether the recipient has the form the channel needs: an email address for email, a
	 * phone number for SMS. (The single endpoints' requests check this already.)
	 * @return {@code true} if it does
	 */
	public boolean recipientFitsChannel() {
		Pattern format = (this.template.channel() == Channel.EMAIL) ? EMAIL : PHONE;
		return format.matcher(this.recipient).matches();
	}

	/**
	 * This request with an idempotency key: its own, or a new one ({@code auto-<uuid>}),
	 * so that a bulk insert can find the row it made.
	 * @return the request with a key
	 */
	public SendNotification withKey() {
		if (this.queueing.idempotencyKey() != null) {
			return this;
		}
		return new SendNotification(this.orderId, this.template, this.recipient, this.templateData,
				new Queueing(this.queueing.batchId(), "auto-" + UUID.randomUUID()));
	}

	private static TemplateKey key(String name, Channel channel, String language) {
		return new TemplateKey(name.strip(), channel, Language.fromCode(language));
	}

}

package com.orderplatform.notification;

import java.util.List;
import java.util.stream.Collectors;

/**
 * JSON request bodies for the notification API, with the spec's sample data by default.
 */
public final class NotificationRequests {

	private NotificationRequests() {
	}

	/**
	 * The spec's sample confirmation for 田中太郎, 183,100 yen, 2 items.
	 * @param orderId the order
	 * @param templateName the template
	 * @param language {@code ja}, {@code en} or {@code null} for the default
	 * @return the JSON
	 */
	public static String email(long orderId, String templateName, String language) {
		return email(orderId, "tanaka@example.co.jp", templateName, language, sampleData(orderId));
	}

	public static String email(long orderId, String toEmail, String templateName, String language,
			String templateData) {
		return """
				{"order_id": %d, "to_email": "%s", "template_name": "%s", %s "template_data": %s}
				""".formatted(orderId, toEmail, templateName, languageMember(language), templateData);
	}

	public static String sms(long orderId, String templateName, String language) {
		return """
				{"order_id": %d, "to_phone": "+81-90-1234-5678", "template_name": "%s", %s "template_data": %s}
				""".formatted(orderId, templateName, languageMember(language), sampleData(orderId));
	}

	public static String sampleData(long orderId) {
		return """
				{"order_id": %d, "customer_name": "田中太郎", "total_amount": 183100, "currency": "JPY", "item_count": 2}
				""".formatted(orderId);
	}

	/**
	 * A bulk request body.
	 * @param items the items' JSON
	 * @return the JSON
	 */
	public static String bulk(List<String> items) {
		return items.stream().collect(Collectors.joining(",", "{\"items\": [", "]}"));
	}

	/**
	 * A bulk item: the sample confirmation by email.
	 * @param orderId the order
	 * @param idempotencyKey the key, or {@code null} for none
	 * @param batchId the batch, or {@code null} for none
	 * @return the item's JSON
	 */
	public static String confirmationItem(long orderId, String idempotencyKey, String batchId) {
		return item(orderId, "email", "order" + orderId + "@example.co.jp", "ORDER_CONFIRMATION", sampleData(orderId),
				idempotencyKey, batchId);
	}

	public static String item(long orderId, String channel, String recipient, String templateName, String templateData,
			String idempotencyKey, String batchId) {
		return """
				{"order_id": %d, "channel": "%s", "recipient": "%s", "template_name": "%s", "template_data": %s,
				 "language": "ja", "idempotency_key": %s, "batch_id": %s}
				""".formatted(orderId, channel, recipient, templateName, templateData, quoted(idempotencyKey),
				quoted(batchId));
	}

	private static String quoted(String value) {
		return (value != null) ? "\"" + value + "\"" : "null";
	}

	private static String languageMember(String language) {
		return (language != null) ? "\"language\": \"" + language + "\"," : "";
	}

}

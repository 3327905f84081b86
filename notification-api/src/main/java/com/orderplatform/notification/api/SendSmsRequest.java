package com.orderplatform.notification.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/notifications/sms}: render a template and queue it as a text
 * message.
 *
 * @param orderId the order the message is about
 * @param toPhone the recipient's phone number (digits, optionally with a leading + and
 * hyphens)
 * @param templateName e.g. {@code ORDER_SHIPPED}
 * @param templateData the template's variables
 * @param language {@code ja} (default) or {@code en}
 * @param idempotencyKey optional: a second request with the same key returns the first
 * notification instead of queueing another
 */
public record SendSmsRequest(@NotNull @Positive Long orderId,
		@NotBlank @Pattern(regexp = FieldFormats.PHONE, message = "must be a phone number") String toPhone,
		@NotBlank @Size(max = 100) String templateName, @Nullable Map<String, Object> templateData,
		@Pattern(regexp = "ja|en", message = "must be ja or en") @Nullable String language,
		@Size(max = FieldFormats.MAX_KEY_LENGTH) @Pattern(regexp = FieldFormats.KEY,
				message = "must not be blank or contain spaces") @Nullable String idempotencyKey) {

	/**
	 * A request without idempotency key.
	 * @param orderId the order the message is about
	 * @param toPhone the recipient's phone number
	 * @param templateName the template
	 * @param templateData the template's variables
	 * @param language {@code ja}, {@code en} or {@code null}
	 */
	public SendSmsRequest(Long orderId, String toPhone, String templateName, Map<String, Object> templateData,
			String language) {
		this(orderId, toPhone, templateName, templateData, language, null);
	}

}

package com.orderplatform.notification.api;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/notifications/email}: render a template and queue it for email.
 *
 * @param orderId the order the email is about
 * @param toEmail the recipient
 * @param templateName e.g. {@code ORDER_CONFIRMATION}
 * @param templateData the template's variables ({@code order_id}, {@code customer_name}
 * …)
 * @param language {@code ja} (default) or {@code en}
 * @param idempotencyKey optional: a second request with the same key returns the first
 * notification instead of queueing another
 */
public record SendEmailRequest(@NotNull @Positive Long orderId,
		@NotBlank @Size(max = FieldFormats.MAX_LENGTH) @Email(regexp = FieldFormats.EMAIL,
				message = "must be a valid email address") String toEmail,
		@NotBlank @Size(max = 100) String templateName, @Nullable Map<String, Object> templateData,
		@Pattern(regexp = "ja|en", message = "must be ja or en") @Nullable String language,
		@Size(max = FieldFormats.MAX_KEY_LENGTH) @Pattern(regexp = FieldFormats.KEY,
				message = "must not be blank or contain spaces") @Nullable String idempotencyKey) {

	/**
	 * A request without idempotency key.
	 * @param orderId the order the email is about
	 * @param toEmail the recipient
	 * @param templateName the template
	 * @param templateData the template's variables
	 * @param language {@code ja}, {@code en} or {@code null}
	 */
	public SendEmailRequest(Long orderId, String toEmail, String templateName, Map<String, Object> templateData,
			String language) {
		this(orderId, toEmail, templateName, templateData, language, null);
	}

}

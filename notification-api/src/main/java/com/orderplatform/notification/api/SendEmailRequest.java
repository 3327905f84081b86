package com.orderplatform.notification.api;

import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/notifications/email}: render a template and email it.
 *
 * @param orderId the order the email is about
 * @param toEmail the recipient
 * @param templateName e.g. {@code ORDER_CONFIRMATION}
 * @param templateData the template's variables ({@code order_id}, {@code customer_name}
 * …)
 * @param language {@code ja} (default) or {@code en}
 */
public record SendEmailRequest(@NotNull @Positive Long orderId,
		@NotBlank @Size(max = 254) @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
				message = "must be a valid email address") String toEmail,
		@NotBlank @Size(max = 100) String templateName, Map<String, Object> templateData,
		@Pattern(regexp = "ja|en", message = "must be ja or en") String language) {
}

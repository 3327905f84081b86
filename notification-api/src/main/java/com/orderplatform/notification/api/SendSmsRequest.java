package com.orderplatform.notification.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/notifications/sms}: render a template and send it as a text
 * message.
 *
 * @param orderId the order the message is about
 * @param toPhone the recipient's phone number (digits, optionally with a leading + and
 * hyphens)
 * @param templateName e.g. {@code ORDER_SHIPPED}
 * @param templateData the template's variables
 * @param language {@code ja} (default) or {@code en}
 */
public record SendSmsRequest(@NotNull @Positive Long orderId,
		@NotBlank @Pattern(regexp = "^\\+?[0-9][0-9-]{6,19}$", message = "must be a phone number") String toPhone,
		@NotBlank @Size(max = 100) String templateName, Map<String, Object> templateData,
		@Pattern(regexp = "ja|en", message = "must be ja or en") String language) {
}

package com.orderplatform.notification.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One notification of a bulk request. The recipient must fit the channel: an email
 * address for {@code email}, a phone number for {@code sms}.
 *
 * @param orderId the order the notification is about
 * @param channel {@code email} or {@code sms}
 * @param recipient the email address or phone number
 * @param templateName e.g. {@code ORDER_CONFIRMATION} or {@code IMPORT_SUMMARY}
 * @param templateData the template's variables
 * @param language {@code ja} (default) or {@code en}
 * @param idempotencyKey the caller's name for this message (e.g.
 * {@code import-17-order-42-confirmation}): an item whose key was seen before returns the
 * existing notification instead of queueing another. Without one the service assigns a
 * key, so a re-sent request would queue the message again
 * @param batchId optional: groups notifications (e.g. of one import) for listing
 */
public record BulkNotificationItem(@NotNull @Positive Long orderId,
		@NotBlank @Pattern(regexp = "(?i)email|sms", message = "must be email or sms") String channel,
		@NotBlank @Size(max = FieldFormats.MAX_LENGTH) String recipient, @NotBlank @Size(max = 100) String templateName,
		@Nullable Map<String, Object> templateData,
		@Pattern(regexp = "ja|en", message = "must be ja or en") @Nullable String language,
		@Size(max = FieldFormats.MAX_KEY_LENGTH) @Pattern(regexp = FieldFormats.KEY,
				message = "must not be blank or contain spaces") @Nullable String idempotencyKey,
		@Size(max = FieldFormats.MAX_BATCH_ID_LENGTH) @Pattern(regexp = FieldFormats.KEY,
				message = "must not be blank or contain spaces") @Nullable String batchId) {
}

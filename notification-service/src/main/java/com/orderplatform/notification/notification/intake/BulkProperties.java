package com.orderplatform.notification.notification.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bulk API's limits ({@code oms.notifications.bulk.*}).
 *
 * @param maxItems the most items one request may hold
 * ({@code OMS_NOTIFICATION_BULK_MAX_ITEMS}, default 1,000)
 */
@Validated
@ConfigurationProperties("oms.notifications.bulk")
public record BulkProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int maxItems) {
}

package com.orderplatform.notification.notification.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The bulk API's limits and workers ({@code oms.notifications.bulk.*}).
 *
 * @param maxItems the most items one request may hold
 * ({@code OMS_NOTIFICATION_BULK_MAX_ITEMS}, default 1,000)
 * @param workers how many bulk requests are rendered and stored at once, on threads of
 * their own rather than request threads ({@code OMS_NOTIFICATION_BULK_WORKERS}, default
 * 2, 1 to 64); further requests wait their turn
 * @param workerNice the operating-system "nice" value of those threads
 * ({@code OMS_NOTIFICATION_BULK_WORKER_NICE}, default 10, 0 to 19; Linux): an import's
 * notifications give way to interactive requests; 0 runs them at normal priority
 */
@Validated
@ConfigurationProperties("oms.notifications.bulk")
public record BulkProperties(@DefaultValue("1000") @Min(1) @Max(10_000) int maxItems,
		@DefaultValue("2") @Min(1) @Max(64) int workers, @DefaultValue("10") @Min(0) @Max(19) int workerNice) {
}

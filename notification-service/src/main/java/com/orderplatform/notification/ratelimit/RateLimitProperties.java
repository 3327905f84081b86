package com.orderplatform.notification.ratelimit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification sending limits ({@code oms.notifications.*}).
 *
 * @param rateLimitPerSecond how many notifications may be sent per second, email and SMS
 * together ({@code OMS_NOTIFICATION_RATE_LIMIT}, default 10)
 */
@Validated
@ConfigurationProperties("oms.notifications")
public record RateLimitProperties(@DefaultValue("10") @Min(1) @Max(10_000) int rateLimitPerSecond) {
}

package com.orderplatform.notification.dispatch;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How queued notifications are sent ({@code oms.notifications.*}).
 *
 * @param rateLimitPerSecond how many sends may start per second, email and SMS together,
 * across every instance of the service ({@code OMS_NOTIFICATION_RATE_LIMIT}, default 10)
 * @param maxRetries how often a transient failure is retried before the notification is
 * marked failed ({@code OMS_NOTIFICATION_DELIVERY_MAX_RETRIES}, default 3, so at most 4
 * attempts)
 * @param retryBackoff the wait before the first retry; each further retry waits twice as
 * long ({@code OMS_NOTIFICATION_DELIVERY_RETRY_BACKOFF}, default 1 s: 1 s, 2 s, 4 s)
 * @param claimTimeout how long an instance's claim on a notification it is sending lasts;
 * another instance takes the notification over only after that, so it must exceed the
 * longest send ({@code OMS_NOTIFICATION_CLAIM_TIMEOUT}, default 5 min)
 * @param pollInterval how often an idle dispatcher looks for work queued by other
 * instances; its own instance wakes it at once ({@code OMS_NOTIFICATION_POLL_INTERVAL},
 * default 1 s)
 * @param instanceId this instance's name in claims
 * ({@code OMS_NOTIFICATION_INSTANCE_ID}); by default host name and port, on PostgreSQL
 * with a random suffix of this start ({@code common.lease.InstanceId}), so two instances
 * never share one. A crashed run's claim (at most the one send in progress) is then taken
 * over after {@code claimTimeout}; an instance restarting under the same name (a
 * configured one, or the SQLite default) takes it back at once
 * @param bulkTurnEvery every how manyth send permit is offered to the bulk lane first
 * ({@code OMS_NOTIFICATION_BULK_TURN_EVERY}, default 10): imports keep at least
 * {@code rate / bulkTurnEvery} sends per second however many transactional messages wait,
 * and a transactional message waits at most one interval more for it
 * @param dispatcherNice the operating-system "nice" value of the dispatcher's thread
 * ({@code OMS_NOTIFICATION_DISPATCHER_NICE}, default 10, 0 to 19; Linux): sending is
 * background work and gives way to request threads; 0 runs it at normal priority
 */
@Validated
@ConfigurationProperties("oms.notifications")
public record DispatchProperties(@DefaultValue("10") @Min(1) @Max(10_000) int rateLimitPerSecond,
		@DefaultValue("3") @Min(0) @Max(10) int maxRetries,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 1) @DurationMax(hours = 1) Duration retryBackoff,
		@DefaultValue("5m") @NotNull @DurationMin(seconds = 1) Duration claimTimeout,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 10) @DurationMax(minutes = 1) Duration pollInterval,
		@Size(max = 200) String instanceId, @DefaultValue("10") @Min(2) @Max(1000) int bulkTurnEvery,
		@DefaultValue("10") @Min(0) @Max(19) int dispatcherNice) {

	/**
	 * The margin on top of {@code 1 / rate}: send times are stored to the millisecond.
	 */
	private static final long MARGIN_MICROS = 1_000;

	/**
	 * The time between two sends: {@code 1 / rate} seconds plus one millisecond, which
	 * keeps at most {@code rate} stored send times within any one-second window even when
	 * both of its ends are counted (a stored time loses less than 1 ms).
	 * @return the send interval
	 */
	public Duration sendInterval() {
		return Duration.of(Math.ceilDiv(1_000_000L, this.rateLimitPerSecond) + MARGIN_MICROS, ChronoUnit.MICROS);
	}

}

package com.orderplatform.payment.orderwebhook;

import java.time.Duration;

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
 * How the webhook outbox is drained ({@code oms.webhooks.outbox.*}).
 *
 * @param pollInterval how often an idle drainer looks for webhooks written by other
 * instances or due again; a change committed on its own instance wakes it at once
 * ({@code OMS_PAYMENT_WEBHOOK_POLL_INTERVAL}, default 1 s)
 * @param lease how long a drainer's claim on a webhook it sends lasts; another instance
 * sends it only after that, so it must exceed one call's connect and read timeouts
 * ({@code OMS_PAYMENT_WEBHOOK_LEASE}, default 1 min)
 * @param maxAttempts how many times a webhook is sent before it is given up as failed
 * ({@code OMS_PAYMENT_WEBHOOK_MAX_ATTEMPTS}, default 20: about an hour with the default
 * back-off)
 * @param backoff the wait before the first retry, doubled for each further one
 * ({@code OMS_PAYMENT_WEBHOOK_BACKOFF}, default 1 s)
 * @param maxBackoff the longest wait between two attempts
 * ({@code OMS_PAYMENT_WEBHOOK_MAX_BACKOFF}, default 5 min)
 * @param concurrency how many webhooks one instance sends at once
 * ({@code OMS_PAYMENT_WEBHOOK_CONCURRENCY}, default 8)
 * @param retention how long delivered webhooks are kept before they are deleted
 * ({@code OMS_PAYMENT_WEBHOOK_RETENTION}, default 7 days); failed ones are kept
 * @param instanceId this instance's name in claims ({@code OMS_PAYMENT_INSTANCE_ID}); by
 * default host name and port. A restarted instance with the same name takes back the
 * claims of its previous run at once
 */
@Validated
@ConfigurationProperties("oms.webhooks.outbox")
public record WebhookOutboxProperties(
		@DefaultValue("1s") @NotNull @DurationMin(millis = 10) @DurationMax(minutes = 1) Duration pollInterval,
		@DefaultValue("1m") @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration lease,
		@DefaultValue("20") @Min(1) @Max(1000) int maxAttempts,
		@DefaultValue("1s") @NotNull @DurationMin(millis = 1) @DurationMax(hours = 1) Duration backoff,
		@DefaultValue("5m") @NotNull @DurationMin(millis = 1) @DurationMax(days = 1) Duration maxBackoff,
		@DefaultValue("8") @Min(1) @Max(256) int concurrency,
		@DefaultValue("7d") @NotNull @DurationMin(minutes = 1) Duration retention, @Size(max = 200) String instanceId) {

	/**
	 * The wait before the next attempt after a failed one: {@link #backoff} doubled per
	 * earlier attempt, at most {@link #maxBackoff}.
	 * @param attemptsMade the attempts made so far, at least one
	 * @return the wait
	 */
	public Duration backoffAfter(int attemptsMade) {
		Duration wait = this.backoff;
		for (int i = 1; i < attemptsMade && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}

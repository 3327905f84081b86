package com.orderplatform.payment.orderwebhook;

import java.time.Clock;
import java.time.Duration;

import com.orderplatform.common.lease.InstanceId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/** The outbox's drainer, named by this instance's id. */
@Configuration(proxyBeanMethods = false)
class WebhookOutboxConfiguration {

	@Bean
	WebhookDrainer webhookDrainer(WebhookOutbox outbox, OrderServiceClient client, WebhookOutboxProperties outboxes,
			OrderServiceProperties orderService, Clock clock, Environment environment) {
		Duration oneCall = orderService.connectTimeout().plus(orderService.readTimeout());
		Assert.isTrue(outboxes.lease().compareTo(oneCall) > 0,
				() -> "oms.webhooks.outbox.lease (OMS_PAYMENT_WEBHOOK_LEASE) must be longer than one call to the order "
						+ "service (connect and read timeouts, " + oneCall + ") but was " + outboxes.lease());
		return new WebhookDrainer(outbox, client, outboxes, clock,
				InstanceId.resolve(outboxes.instanceId(), environment));
	}

}

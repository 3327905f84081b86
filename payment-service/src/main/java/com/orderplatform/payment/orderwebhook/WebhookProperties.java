package com.orderplatform.payment.orderwebhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.Assert;

/**
 * How webhooks to the order service are signed ({@code oms.webhooks.*}).
 *
 * @param secret the secret shared with the order service ({@code OMS_WEBHOOK_SECRET});
 * empty for the shared file {@value #SECRET_FILE} in the data directory, which the order
 * service reads too
 */
@ConfigurationProperties("oms.webhooks")
public record WebhookProperties(String secret) {

	/** The file in the data directory holding the secret when none is set. */
	public static final String SECRET_FILE = "webhook.secret";

	public WebhookProperties {
		Assert.isTrue(secret == null || secret.isBlank() || secret.length() >= 16,
				"oms.webhooks.secret (OMS_WEBHOOK_SECRET) must be at least 16 characters");
	}

	@Override
	public String toString() {
		return "WebhookProperties[secret=%s]"
			.formatted((this.secret == null || this.secret.isBlank()) ? "(shared file)" : "(set)");
	}

}

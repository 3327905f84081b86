package com.orderplatform.order;

import java.nio.file.Path;

import com.orderplatform.common.http.ServiceClientProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The order service's settings under {@code oms}: where the services it calls live and
 * how patiently to call them, where it keeps its files, and the payment webhooks' secret.
 * Invalid values stop the service at startup with a message naming the property.
 *
 * @param paymentService {@code oms.payment-service.*}: base URL, timeouts (30 s read) and
 * retry budget for the payment service
 * @param notificationService {@code oms.notification-service.*}: the same for the
 * notification service (10 s read)
 * @param dataDir {@code oms.data-dir} ({@code OMS_DATA_DIR}): the folder of the embedded
 * database and of the files the services share on one machine (webhook secret, the
 * initial admin's generated password)
 * @param webhooks {@code oms.webhooks.*}: how the payment service's webhooks are verified
 */
@Validated
@ConfigurationProperties("oms")
public record OrderServiceProperties(@NotNull @Valid ServiceClientProperties paymentService,
		@NotNull @Valid ServiceClientProperties notificationService, @DefaultValue("./data") Path dataDir,
		@DefaultValue Webhooks webhooks) {

	/**
	 * The payment webhooks' shared secret.
	 *
	 * @param secret {@code oms.webhooks.secret} ({@code OMS_WEBHOOK_SECRET}), at least 16
	 * characters; when empty, the one the services share in the data directory
	 * ({@code webhook.secret}, created by whichever service starts first)
	 */
	public record Webhooks(String secret) {

		@Override
		public String toString() {
			return "Webhooks[secret=" + ((this.secret == null || this.secret.isEmpty()) ? "(from data dir)" : "(set)")
					+ "]";
		}

	}

}

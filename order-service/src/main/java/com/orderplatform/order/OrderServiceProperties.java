package com.orderplatform.order;

import com.orderplatform.common.http.ServiceClientProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The order service's settings under {@code oms}: where the services it calls live and
 * how patiently to call them. Invalid values stop the service at startup with a message
 * naming the property.
 *
 * @param paymentService {@code oms.payment-service.*}: base URL, timeouts (30 s read) and
 * retry budget for the payment service
 * @param notificationService {@code oms.notification-service.*}: the same for the
 * notification service (10 s read)
 */
@Validated
@ConfigurationProperties("oms")
public record OrderServiceProperties(@NotNull @Valid ServiceClientProperties paymentService,
		@NotNull @Valid ServiceClientProperties notificationService) {
}

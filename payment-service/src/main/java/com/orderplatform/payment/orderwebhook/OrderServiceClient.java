package com.orderplatform.payment.orderwebhook;

import java.util.Locale;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClientProperties;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.order.api.PaymentWebhookRequest;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Calls the order service's payment webhook, retrying transient failures (connection
 * refused, timeout, 5xx, 429) and never a 4xx.
 */
@Component
public class OrderServiceClient {

	private static final Logger log = LoggerFactory.getLogger(OrderServiceClient.class);

	private static final String SERVICE = "order-service";

	private final RestClient client;

	private final RetryTemplate retry;

	OrderServiceClient(RestClient.Builder builder, OrderServiceProperties properties) {
		ServiceClientProperties clientProperties = properties.toClientProperties();
		this.client = ServiceClients.restClient(builder, clientProperties);
		this.retry = ServiceClients.retryTemplate(clientProperties);
	}

	/**
	 * Tells the order service about a payment's new status. A failure is logged with the
	 * order and payment, not thrown: the payment stands whatever the order service says,
	 * and the order service can read it again at any time.
	 * @param change the stored change
	 * @return {@code true} when the order service accepted the webhook
	 */
	public boolean sendPaymentWebhook(PaymentStatusChanged change) {
		PaymentWebhookRequest body = new PaymentWebhookRequest(change.status().name().toLowerCase(Locale.ROOT),
				change.transactionId(), change.reason());
		try {
			ServiceClients.callWithRetry(this.retry,
					() -> this.client.post()
						.uri("/api/v1/orders/{orderId}/webhook", change.orderId())
						.body(body)
						.retrieve()
						.toBodilessEntity());
			log.info("Order service accepted the {} webhook of payment {} for order {}", body.paymentStatus(),
					change.paymentId(), change.orderId());
			return true;
		}
		catch (RuntimeException ex) {
			log.warn("The {} webhook of payment {} for order {} was not delivered: {}", body.paymentStatus(),
					change.paymentId(), change.orderId(), RemoteProblems.describe(SERVICE, ex));
			return false;
		}
	}

}

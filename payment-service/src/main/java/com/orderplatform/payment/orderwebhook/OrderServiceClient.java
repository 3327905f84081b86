package com.orderplatform.payment.orderwebhook;

import java.util.Locale;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClientProperties;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.order.api.PaymentWebhookRequest;
import com.orderplatform.payment.payment.PaymentStatusChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Calls the order service's payment webhook, retrying transient failures (connection
 * refused, timeout, 5xx, 429) and never a 4xx. Every attempt carries a fresh
 * {@value WebhookSignatures#HEADER} signature of the exact JSON bytes sent.
 */
@Component
public class OrderServiceClient {

	private static final Logger log = LoggerFactory.getLogger(OrderServiceClient.class);

	private static final String SERVICE = "order-service";

	private final RestClient client;

	private final RetryTemplate retry;

	private final JsonMapper json;

	private final WebhookSigner signer;

	OrderServiceClient(RestClient.Builder builder, OrderServiceProperties properties, JsonMapper json,
			WebhookSigner signer) {
		ServiceClientProperties clientProperties = properties.toClientProperties();
		this.client = ServiceClients.restClient(builder, clientProperties);
		this.retry = ServiceClients.retryTemplate(clientProperties);
		this.json = json;
		this.signer = signer;
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
		// Serialized once, so the signature covers exactly the bytes on the wire; signed
		// at each attempt, so a retry carries a fresh timestamp.
		byte[] bytes = this.json.writeValueAsBytes(body);
		String path = "/api/v1/orders/" + change.orderId() + "/webhook";
		try {
			ServiceClients.callWithRetry(this.retry,
					() -> this.client.post()
						.uri(path)
						.contentType(MediaType.APPLICATION_JSON)
						.header(WebhookSignatures.HEADER, this.signer.sign("POST", path, bytes))
						.body(bytes)
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

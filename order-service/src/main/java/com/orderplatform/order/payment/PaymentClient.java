package com.orderplatform.order.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.orderplatform.common.http.RemoteProblems;
import com.orderplatform.common.http.ServiceClients;
import com.orderplatform.order.OrderServiceProperties;
import com.orderplatform.order.auth.ServiceTokenInterceptor;
import com.orderplatform.payment.api.BatchPaymentItem;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.api.RefundRequest;
import com.orderplatform.payment.api.RefundView;

import org.springframework.core.retry.RetryTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Calls the payment service ({@code oms.payment-service}). Transient failures are retried
 * with backoff; a 4xx answer never is.
 */
@Component
public class PaymentClient {

	static final String SERVICE = "payment-service";

	private static final String PAYMENT_METHOD = "credit_card";

	private final RestClient client;

	private final RetryTemplate retry;

	PaymentClient(RestClient.Builder builder, OrderServiceProperties properties, ServiceTokenInterceptor serviceToken) {
		this.client = ServiceClients.restClient(builder.clone().requestInterceptor(serviceToken),
				properties.paymentService());
		this.retry = ServiceClients.retryTemplate(properties.paymentService());
	}

	/**
	 * Charges an order ({@code POST /api/v1/payments}).
	 * @param orderId the order
	 * @param amount the amount in whole yen
	 * @return the payment
	 * @throws PaymentServiceException when the charge was rejected or the service could
	 * not be reached
	 */
	public PaymentView charge(long orderId, BigDecimal amount) {
		ProcessPaymentRequest request = new ProcessPaymentRequest(orderId, amount, "JPY", PAYMENT_METHOD);
		return call(() -> this.client.post().uri("/api/v1/payments").body(request).retrieve().body(PaymentView.class));
	}

	/**
	 * Charges many orders at once ({@code POST /api/v1/payments/batch}); sending the same
	 * batch again is safe (the payment service answers what it already paid).
	 * @param batchId the batch (an import job's id)
	 * @param items the orders and amounts
	 * @return one result per order
	 * @throws PaymentServiceException when the batch was rejected or the service could
	 * not be reached
	 */
	public BatchPaymentResponse chargeBatch(String batchId, List<BatchPaymentItem> items) {
		BatchPaymentRequest request = new BatchPaymentRequest(batchId, items);
		return call(() -> this.client.post()
			.uri("/api/v1/payments/batch")
			.body(request)
			.retrieve()
			.body(BatchPaymentResponse.class));
	}

	/**
	 * Looks up the payment of an order ({@code GET /api/v1/payments/order/{id}}).
	 * @param orderId the order
	 * @return the payment, or empty when the order has none
	 * @throws PaymentServiceException when the service could not be reached or answered
	 * with an error other than 404
	 */
	public Optional<PaymentView> findByOrder(long orderId) {
		return call(() -> {
			try {
				return Optional.ofNullable(this.client.get()
					.uri("/api/v1/payments/order/{orderId}", orderId)
					.retrieve()
					.body(PaymentView.class));
			}
			catch (HttpClientErrorException.NotFound ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * Refunds a payment in full ({@code POST /api/v1/payments/refund}).
	 * @param paymentId the payment
	 * @param reason why (kept with the refund)
	 * @return the refund
	 * @throws PaymentServiceException when the refund was refused or the service could
	 * not be reached
	 */
	public RefundView refund(long paymentId, String reason) {
		RefundRequest request = new RefundRequest(paymentId, reason);
		return call(() -> this.client.post()
			.uri("/api/v1/payments/refund")
			.body(request)
			.retrieve()
			.body(RefundView.class));
	}

	private <T> T call(Supplier<T> call) {
		try {
			return ServiceClients.callWithRetry(this.retry, call);
		}
		catch (RestClientException ex) {
			throw new PaymentServiceException(RemoteProblems.describe(SERVICE, ex), ServiceClients.isTransient(ex), ex);
		}
	}

}

package com.orderplatform.payment.gateway;

import java.math.BigDecimal;

/**
 * One charge sent to the gateway.
 *
 * @param transactionId our id of this transaction (a UUID), which the gateway quotes in
 * its callbacks
 * @param paymentId the payment being charged; {@code null} in a batch, which charges
 * before it stores
 * @param orderId the order being paid
 * @param amount the amount in whole yen
 * @param currency the currency
 * @param paymentMethod how the customer pays
 */
public record ChargeRequest(String transactionId, Long paymentId, long orderId, BigDecimal amount, String currency,
		String paymentMethod) {
}

package com.orderplatform.payment.payment.charge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * Batch payments ({@code oms.payments.batch.*}).
 *
 * @param maxItems the most orders one batch request may hold
 * ({@code OMS_PAYMENT_BATCH_MAX_ITEMS}, default {@value #DEFAULT_MAX_ITEMS}, at most
 * {@value #LIMIT}: a batch's payments are looked up in one query, and its request must
 * stay within the request body limit)
 */
@ConfigurationProperties("oms.payments.batch")
public record BatchPaymentProperties(@DefaultValue("" + DEFAULT_MAX_ITEMS) int maxItems) {

	/** The default size limit of a batch. */
	public static final int DEFAULT_MAX_ITEMS = 1000;

	/** The largest size limit that may be configured. */
	public static final int LIMIT = 10_000;

	public BatchPaymentProperties {
		Assert.isTrue(maxItems >= 1 && maxItems <= LIMIT,
				() -> "oms.payments.batch.max-items (OMS_PAYMENT_BATCH_MAX_ITEMS) must be between 1 and " + LIMIT
						+ " but was " + maxItems);
	}

}

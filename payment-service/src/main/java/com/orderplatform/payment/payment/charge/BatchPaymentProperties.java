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
 * @param workers how many batches are worked on at once, on threads of their own rather
 * than request threads ({@code OMS_PAYMENT_BATCH_WORKERS}, default 2, 1 to 64); further
 * batches wait their turn
 * @param workerNice the operating-system "nice" value of those threads
 * ({@code OMS_PAYMENT_BATCH_WORKER_NICE}, default 10, 0 to 19; Linux): an import's
 * batches give way to interactive requests; 0 runs them at normal priority
 */
@ConfigurationProperties("oms.payments.batch")
public record BatchPaymentProperties(@DefaultValue("" + DEFAULT_MAX_ITEMS) int maxItems, @DefaultValue("2") int workers,
		@DefaultValue("10") int workerNice) {

	/** The default size limit of a batch. */
	public static final int DEFAULT_MAX_ITEMS = 1000;

	/** The largest size limit that may be configured. */
	public static final int LIMIT = 10_000;

	public BatchPaymentProperties {
		Assert.isTrue(maxItems >= 1 && maxItems <= LIMIT,
				() -> "oms.payments.batch.max-items (OMS_PAYMENT_BATCH_MAX_ITEMS) must be between 1 and " + LIMIT
						+ " but was " + maxItems);
		Assert.isTrue(workers >= 1 && workers <= 64,
				() -> "oms.payments.batch.workers (OMS_PAYMENT_BATCH_WORKERS) must be between 1 and 64 but was "
						+ workers);
		Assert.isTrue(workerNice >= 0 && workerNice <= 19,
				() -> "oms.payments.batch.worker-nice (OMS_PAYMENT_BATCH_WORKER_NICE) must be between 0 and 19 but was "
						+ workerNice);
	}

}

package com.orderplatform.payment.api;

import java.util.List;

/**
 * The answer to a batch payment: one result per item, in the order of the request, and
 * how many of each outcome. Sending the same batch again gives the same answer for every
 * order it paid.
 *
 * @param batchId the batch
 * @param results one per item, in request order
 * @param completed how many orders this batch paid
 * @param failed how many were invalid or declined
 * @param alreadyPaid how many already had a payment from elsewhere
 */
public record BatchPaymentResponse(String batchId, List<BatchPaymentResult> results, int completed, int failed,
		int alreadyPaid) {
}

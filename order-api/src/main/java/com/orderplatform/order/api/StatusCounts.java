package com.orderplatform.order.api;

/**
 * How many orders are in each status.
 *
 * @param pending placed, not (or no longer) being charged
 * @param paymentProcessing being charged
 * @param paid charged
 * @param shipped handed to the carrier
 * @param delivered received
 * @param cancelled cancelled (and refunded if they had been charged)
 */
public record StatusCounts(long pending, long paymentProcessing, long paid, long shipped, long delivered,
		long cancelled) {
}

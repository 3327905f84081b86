package com.orderplatform.payment.payment;

import java.util.List;

/**
 * One page of payments and how many match in all.
 *
 * @param payments the payments on the page, newest first
 * @param total how many payments match the filter
 */
public record PaymentList(List<Payment> payments, long total) {
}

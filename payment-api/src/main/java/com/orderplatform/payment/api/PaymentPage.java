package com.orderplatform.payment.api;

import java.util.List;

/**
 * One page of payments, newest first.
 *
 * @param items the payments on this page
 * @param total how many payments match in all
 * @param skip how many come before this page
 * @param limit the page size asked for
 */
public record PaymentPage(List<PaymentView> items, long total, int skip, int limit) {
}

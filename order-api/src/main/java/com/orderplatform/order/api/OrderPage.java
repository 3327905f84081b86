package com.orderplatform.order.api;

import java.util.List;

/**
 * One page of orders, newest first.
 *
 * @param items the orders on this page
 * @param total how many orders match the filters in all
 * @param skip how many matching orders come before this page
 * @param limit the page size asked for
 */
public record OrderPage(List<OrderView> items, long total, int skip, int limit) {
}

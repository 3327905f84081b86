package com.orderplatform.order.api;

import java.util.List;

/**
 * One page of an import's errors, by row number.
 *
 * @param items the errors
 * @param total how many errors the job has
 * @param skip how many were skipped
 * @param limit the page size asked for
 */
public record ImportErrorPage(List<ImportErrorView> items, long total, int skip, int limit) {
}

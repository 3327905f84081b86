package com.orderplatform.order.api;

import java.util.List;

/**
 * One page of import jobs, newest first.
 *
 * @param items the jobs
 * @param total how many jobs there are
 * @param skip how many were skipped
 * @param limit the page size asked for
 */
public record ImportJobPage(List<ImportJobView> items, long total, int skip, int limit) {
}

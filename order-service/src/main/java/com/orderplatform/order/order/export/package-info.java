/**
 * The orders export ({@code GET /api/v1/orders/export.csv}): the orders a list's filters
 * match, one row per item, as a CSV file Excel opens as it is (UTF-8 with a byte order
 * mark or Windows-31J, English or Japanese headers, times in a time zone).
 * {@link com.orderplatform.order.order.export.OrderExport} streams it page by page
 * through the repository's keyset reads, so memory holds one page whatever the export's
 * size. Uses the parent package and the {@code csv} writer (formula cells neutralised);
 * nothing uses it.
 */
package com.orderplatform.order.order.export;

/**
 * Leases on rows of a work table, for queues that several service instances share (the
 * notification send queue and the order service's import jobs): the instance's name
 * ({@link com.orderplatform.common.lease.InstanceId}), and
 * {@link com.orderplatform.common.lease.Leases}, which claims rows with a lease in one
 * statement ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, a single conditional UPDATE on
 * SQLite), renews, releases and finishes them fenced on the holder, and lets another
 * instance take a row over once its lease has ended;
 * {@link com.orderplatform.common.lease.ClaimLimit} caps how many rows all instances
 * together hold at once (an advisory lock around count and claim on PostgreSQL, the
 * single writer on SQLite). It owns no table: a caller names its table, which has
 * {@code id}, {@code claimed_by} and {@code claimed_until}. It uses only Spring's
 * {@code JdbcClient} and {@code common.storage}'s
 * {@link com.orderplatform.common.storage.SqlDialect}.
 */
package com.orderplatform.common.lease;

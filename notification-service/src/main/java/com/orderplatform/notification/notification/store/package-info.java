/**
 * How notifications are stored: the row mapping
 * ({@link com.orderplatform.notification.notification.store.NotificationRows}, also used
 * by the queue and its statistics), the repository whose
 * {@link com.orderplatform.notification.notification.store.NotificationRepository#insertAll}
 * is the one insert, idempotent by key with {@code ON CONFLICT DO NOTHING}, the bulk
 * lane's rounds ({@code BatchRounds}) handed out in the inserting transaction, and the
 * list filter. Plain SQL through {@code JdbcClient}, the same on SQLite and PostgreSQL.
 * Uses only the feature's top package and {@code template}'s keys.
 */
package com.orderplatform.notification.notification.store;

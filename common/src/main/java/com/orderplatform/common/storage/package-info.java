/**
 * Storage every service shares: the SQLite data folder and files created owner-only
 * before anything connects, owner-only files and folders for secrets and uploads, the SQL
 * dialect told from the connection, Flyway placeholders so one set of migrations serves
 * SQLite and PostgreSQL, and the eviction of a pooled SQLite connection after
 * {@code SQLITE_BUSY}. It uses nothing else of {@code common}.
 */
package com.orderplatform.common.storage;

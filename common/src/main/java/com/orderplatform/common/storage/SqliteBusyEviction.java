package com.orderplatform.common.storage;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Tells HikariCP to discard a pooled SQLite connection on which {@code SQLITE_BUSY} was
 * raised (a writer waited longer than {@code busy_timeout}), set for every service as
 * {@code spring.datasource.hikari.exception-override-class-name}.
 * <p>
 * Why: sqlite-jdbc's {@code setAutoCommit(false)} records manual-commit mode
 * <em>before</em> it runs {@code BEGIN IMMEDIATE}, and its {@code commit()} and
 * {@code rollback()} run a new {@code BEGIN} right after finishing the transaction
 * (checked in 3.53.4.0; xerial/sqlite-jdbc#683). When that {@code BEGIN} fails with
 * {@code SQLITE_BUSY} the driver believes a transaction is open while none is, nothing in
 * JDBC can tell the two apart, and the pool would hand the connection to the next
 * borrower, whose statements then commit one by one and whose commit or rollback fails
 * ("cannot rollback - no transaction is active"). HikariCP passes every
 * {@code SQLException} of a pooled connection, {@code setAutoCommit}'s included, through
 * this check; discarding the connection is the only safe answer, and a cheap one: a
 * SQLite connection opens in milliseconds and this happens only after a writer waited the
 * whole busy timeout. Other databases' exceptions are left to HikariCP's own rules.
 */
public class SqliteBusyEviction implements SQLExceptionOverride {

	@java.lang.Override
	public SQLExceptionOverride.Override adjudicate(SQLException exception) {
		if (exception instanceof SQLiteException sqlite && isBusy(sqlite)) {
			return SQLExceptionOverride.Override.MUST_EVICT;
		}
		return SQLExceptionOverride.Override.CONTINUE_EVICT;
	}

	private static boolean isBusy(SQLiteException exception) {
		// SQLITE_BUSY and its extended codes (recovery, snapshot, timeout) share the
		// primary code.
		return (exception.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_BUSY.code;
	}

}

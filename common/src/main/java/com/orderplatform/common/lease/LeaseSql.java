package com.orderplatform.common.lease;

import java.util.regex.Pattern;

import com.orderplatform.common.lease.Candidates.Takeover;
import com.orderplatform.common.storage.SqlDialect;

import org.springframework.util.Assert;

/**
 * The statements {@link Leases} runs on one table, kept apart so that the lease rules
 * (when a row is free, what a claim and a release write) are written once, as text.
 */
final class LeaseSql {

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	/**
	 * Nobody holds the row: never claimed, released, or its lease ended by {@code :now}.
	 */
	static final String FREE = "(claimed_until IS NULL OR claimed_until <= :now)";

	private static final String FREE_OR_HELD = "(claimed_until IS NULL OR claimed_until <= :now"
			+ " OR claimed_by = :leaseOwner)";

	/** Ends a lease. */
	static final String CLEARED = "claimed_by = NULL, claimed_until = NULL";

	private final SqlDialect dialect;

	private final String table;

	LeaseSql(SqlDialect dialect, String table) {
		Assert.isTrue(IDENTIFIER.matcher(table).matches(), () -> "Not a plain table name: " + table);
		this.dialect = dialect;
		this.table = table;
	}

	/**
	 * Claims up to {@code :leaseLimit} candidates (without its RETURNING clause). The
	 * picked ids are updated by key, without the candidates' condition again around the
	 * sub-query: PostgreSQL locks them (re-checking the condition on each row's latest
	 * version, skipping rows others hold) and SQLite reads and writes them in one
	 * statement under its single writer, so they are still candidates. The repeated
	 * condition let the planners walk every pending row for each claim (a table just
	 * filled, not yet analysed, makes PostgreSQL do it too): 12.7 ms against 0.5 ms with
	 * 20,000 queued.
	 */
	String claim(Candidates candidates) {
		String picked = picked(candidates);
		return switch (this.dialect) {
			case POSTGRESQL -> "WITH candidates AS MATERIALIZED (" + picked + " FOR UPDATE SKIP LOCKED) "
					+ claiming(candidates) + " WHERE id IN (SELECT id FROM candidates)";
			case SQLITE -> claiming(candidates) + " WHERE id IN (" + picked + ")";
		};
	}

	/** Claims the row {@code :leaseId} if it is still a candidate. */
	String claimById(Candidates candidates) {
		return claiming(candidates) + " WHERE id = :leaseId AND " + available(candidates);
	}

	/** The ids of up to {@code :leaseLimit} candidates, in their order. */
	String picked(Candidates candidates) {
		String index = "";
		if (candidates.index() != null && this.dialect == SqlDialect.SQLITE) {
			Assert.isTrue(IDENTIFIER.matcher(candidates.index()).matches(),
					() -> "Not a plain index name: " + candidates.index());
			index = " INDEXED BY " + candidates.index();
		}
		return "SELECT id FROM " + this.table + index + " WHERE " + available(candidates) + " ORDER BY "
				+ candidates.orderBy() + " LIMIT :leaseLimit";
	}

	/** Writes to the row {@code :leaseId} only while {@code :leaseOwner} holds it. */
	String updateHeld(String set, String condition) {
		return "UPDATE " + this.table + " SET " + set + " WHERE id = :leaseId AND claimed_by = :leaseOwner"
				+ ((condition != null) ? " AND (" + condition + ")" : "");
	}

	/**
	 * Ends every lease {@code :leaseOwner} holds, but those of the rows
	 * {@code :leaseKeep} when {@code keeping}.
	 */
	String releaseAll(boolean keeping) {
		return "UPDATE " + this.table + " SET " + CLEARED + " WHERE claimed_by = :leaseOwner"
				+ (keeping ? " AND id NOT IN (:leaseKeep)" : "");
	}

	/** Counts the rows that meet a condition and are held at {@code :now}. */
	String countHeld(String condition) {
		return "SELECT COUNT(*) FROM " + this.table + " WHERE (" + condition + ") AND claimed_until > :now";
	}

	private String claiming(Candidates candidates) {
		return "UPDATE " + this.table + " SET claimed_by = :leaseOwner, claimed_until = :leaseUntil"
				+ ((candidates.alsoSet() != null) ? ", " + candidates.alsoSet() : "");
	}

	private static String available(Candidates candidates) {
		return "(" + candidates.where() + ") AND "
				+ ((candidates.takeover() == Takeover.EXPIRED_OR_HELD) ? FREE_OR_HELD : FREE);
	}

}

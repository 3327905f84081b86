package com.orderplatform.common.lease;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A limit on how many rows of a work table are held at once by all the instances that
 * share the database (at most five imports running in the whole cluster, say). A claim
 * under the limit counts the rows held ({@link Leases#countHeld}) and claims at most the
 * difference, and both must see the same world: a count inside the claiming statement
 * reads a snapshot taken when the statement began (READ COMMITTED), so two instances
 * claiming together could both see the last free place and both take it.
 * {@link #exclusively} therefore runs the count and the claim in one transaction that no
 * other claimer under the same limit can overlap.
 * <p>
 * On PostgreSQL the transaction first takes a transaction-scoped advisory lock
 * ({@code pg_advisory_xact_lock}) keyed by the limit's name, as GoodJob does for its
 * concurrency limits; the statements after it read a fresh snapshot, which includes every
 * claim committed by the claimer before. This was chosen over the other exact method,
 * slot rows locked {@code FOR UPDATE SKIP LOCKED}, because the number of places is
 * configuration: with the lock, changing it is a restart, not a migration, and there is
 * no second table to keep in step with the work rows (a slot freed by every way a job can
 * end, be parked, cancelled or taken over). The lock is held only while claiming (a few
 * milliseconds, a few times a second at most), never while the work runs, and ends with
 * the transaction, so it survives a connection pool in transaction mode and dies with a
 * crashed claimer; a held row is counted by its lease, so a dead instance's rows stop
 * counting when their leases end.
 * <p>
 * On SQLite one writer runs at a time: the platform opens transactions
 * {@code BEGIN IMMEDIATE} ({@code transaction_mode=IMMEDIATE}), so the count and the
 * claim run under the database's write lock. (Without it, a claim whose count was
 * overtaken fails with {@code SQLITE_BUSY} instead of exceeding the limit.)
 */
public final class ClaimLimit {

	private final JdbcClient jdbc;

	private final SqlDialect dialect;

	private final TransactionTemplate transactions;

	private final long key;

	/**
	 * A limit named for what it counts.
	 * @param jdbc the work table's database
	 * @param dialect which database it is
	 * @param transactionManager the transactions of that database
	 * @param name the limit's name, e.g. {@code import_jobs}; claimers of one limit use
	 * the same name
	 */
	public ClaimLimit(JdbcClient jdbc, SqlDialect dialect, PlatformTransactionManager transactionManager, String name) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.key = lockKey(name);
	}

	/**
	 * Runs a count and a claim (or anything else) in a transaction of its own that no
	 * other claimer under this limit overlaps.
	 * @param <T> what the step answers
	 * @param step the count and the claim, through the same database
	 * @return the step's answer
	 */
	public <T> T exclusively(Supplier<T> step) {
		return this.transactions.execute(status -> {
			if (this.dialect == SqlDialect.POSTGRESQL) {
				this.jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:key)) AS locked")
					.param("key", this.key)
					.query(Integer.class)
					.single();
			}
			return step.get();
		});
	}

	/**
	 * The advisory lock's key: a stable 64-bit number for the name (its CRC-32 in the
	 * upper half, so it cannot meet the small keys other tools pick by hand).
	 */
	static long lockKey(String name) {
		CRC32 crc = new CRC32();
		crc.update(("oms.claim-limit:" + name).getBytes(StandardCharsets.UTF_8));
		return (crc.getValue() << 32) | 0x4F4D53L;
	}

}

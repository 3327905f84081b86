package com.orderplatform.common.lease;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.Assert;

/**
 * Claims rows of a work table with leases, so that several instances sharing a database
 * take each row once: a claim writes the instance's id and a lease end into the row
 * ({@code claimed_by}, {@code claimed_until}), and a row whose lease has ended (its
 * instance died) may be claimed again. Every later write of the holder is fenced on
 * {@code claimed_by}, so an instance whose row was taken over changes nothing.
 * <p>
 * A claim is one statement. On PostgreSQL the candidates are locked
 * {@code FOR UPDATE SKIP LOCKED} in a materialized CTE, so concurrent claimers pass each
 * other's candidates by instead of queueing behind them, and the CTE keeps the planner
 * from taking more rows than the limit; on SQLite, which runs one write at a time, it is
 * a single conditional UPDATE. Either way the outer UPDATE checks the condition again.
 * Times are the caller's clock (the instances' clocks must agree, as NTP keeps them).
 */
public final class Leases {

	private final JdbcClient jdbc;

	private final LeaseSql sql;

	/**
	 * A lease helper for one table, which has an {@code id} key and the nullable
	 * {@code claimed_by} (text) and {@code claimed_until} (timestamp) columns.
	 * @param jdbc the table's database
	 * @param dialect which database it is
	 * @param table the table's name
	 */
	public Leases(JdbcClient jdbc, SqlDialect dialect, String table) {
		this.jdbc = jdbc;
		this.sql = new LeaseSql(dialect, table);
	}

	/**
	 * The condition "nobody holds the row": never claimed, released, or its lease ended
	 * at or before {@code :now}; for queries that look for work without claiming it.
	 * @return an SQL condition that uses the parameter {@code now}
	 */
	public String free() {
		return LeaseSql.FREE;
	}

	/**
	 * Claims up to {@code limit} candidates in one statement, in the candidates' order.
	 * @param <T> what a claimed row is read as
	 * @param candidates which rows, in which order
	 * @param limit how many at most
	 * @param lease who claims, now and until when
	 * @param returning the columns {@code rows} reads
	 * @param rows reads one claimed row
	 * @return the claimed rows, in no particular order; empty when none was free
	 */
	public <T> List<T> claim(Candidates candidates, int limit, Lease lease, String returning, RowMapper<T> rows) {
		Assert.isTrue(limit > 0, "limit must be positive");
		return bind(claimStatement(candidates, returning), candidates.params(), lease).param("leaseLimit", limit)
			.query(rows)
			.list();
	}

	/**
	 * The statement {@link #claim(Candidates, int, Lease, String, RowMapper)} runs, with
	 * its named parameters ({@code :now}, {@code :leaseOwner}, {@code :leaseUntil},
	 * {@code :leaseLimit} and the candidates'): for checking its plan.
	 * @param candidates which rows, in which order
	 * @param returning the columns it returns
	 * @return the SQL
	 */
	public String claimStatement(Candidates candidates, String returning) {
		return this.sql.claim(candidates) + " RETURNING " + returning;
	}

	/**
	 * Claims the first candidate, if there is one
	 * ({@link #claim(Candidates, int, Lease, String, RowMapper)} with a limit of one).
	 * @param <T> what the claimed row is read as
	 * @return the claimed row, or empty when none was free
	 */
	public <T> Optional<T> claimNext(Candidates candidates, Lease lease, String returning, RowMapper<T> row) {
		return claim(candidates, 1, lease, returning, row).stream().findFirst();
	}

	/**
	 * The ids of up to {@code limit} rows {@code owner} could claim at {@code now}, in
	 * the candidates' order, left unclaimed: for a caller that skips some (rows it runs
	 * already) and claims the others by id.
	 * @param <T> the type of the {@code id} column
	 */
	public <T> List<T> claimable(Candidates candidates, int limit, String owner, Instant now, Class<T> idType) {
		return this.jdbc.sql(this.sql.picked(candidates))
			.params(candidates.params())
			.param("now", timestamp(now))
			.param("leaseOwner", owner)
			.param("leaseLimit", limit)
			.query(idType)
			.list();
	}

	/**
	 * Claims one row named by its id, provided it is still a candidate (found by an
	 * earlier query, e.g. to skip rows this instance runs already).
	 * @param id the row's id
	 * @param candidates what the row must still meet
	 * @param lease who claims, now and until when
	 * @return whether the row is the caller's now
	 */
	public boolean claim(Object id, Candidates candidates, Lease lease) {
		return bind(this.sql.claimById(candidates), candidates.params(), lease).param("leaseId", id).update() == 1;
	}

	/**
	 * Extends the lease of a row the caller holds (a heartbeat).
	 * @param id the row's id
	 * @param owner the holder's instance id
	 * @param until the new end of the lease
	 * @return {@code false} when the caller no longer holds the row: stop working on it
	 */
	public boolean renew(Object id, String owner, Instant until) {
		return renew(id, owner, until, null, null, Map.of());
	}

	/**
	 * Extends the lease of a row the caller holds in the same statement as a write of its
	 * own (progress, a checkpoint), so the lease grows only while the write holds.
	 * @param alsoSet the holder's assignments; the other arguments are those of
	 * {@link #finish}
	 * @return {@code false} when nothing was written: see {@link #finish}
	 */
	public boolean renew(Object id, String owner, Instant until, String alsoSet, String condition,
			Map<String, ?> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("leaseUntil", timestamp(until));
		return updateHeld(id, owner, "claimed_until = :leaseUntil" + ((alsoSet != null) ? ", " + alsoSet : ""),
				condition, all);
	}

	/**
	 * Gives a row the caller holds back, unchanged otherwise, for anyone to claim.
	 * @param id the row's id
	 * @param owner the holder's instance id
	 * @return {@code false} when the caller did not hold it
	 */
	public boolean release(Object id, String owner) {
		return updateHeld(id, owner, LeaseSql.CLEARED, null, Map.of());
	}

	/**
	 * Gives back every row an instance holds: at its start, the claims of its previous
	 * run under the same instance id.
	 * @param owner the instance id
	 * @return how many rows were released
	 */
	public int releaseAll(String owner) {
		return this.jdbc.sql(this.sql.releaseAll(false)).param("leaseOwner", owner).update();
	}

	/**
	 * Gives back every row an instance holds but the given ones: at a graceful stop, the
	 * claims of the work it has stopped, while work that did not stop in time keeps its
	 * claim until its lease ends.
	 * @param owner the instance id
	 * @param keep the ids of the rows it keeps
	 * @return how many rows were released
	 */
	public int releaseAll(String owner, Collection<?> keep) {
		if (keep.isEmpty()) {
			return releaseAll(owner);
		}
		return this.jdbc.sql(this.sql.releaseAll(true))
			.param("leaseOwner", owner)
			.param("leaseKeep", List.copyOf(keep))
			.update();
	}

	/**
	 * How many rows that meet a condition are held at {@code now} (their lease has not
	 * ended): what a limit on work in progress counts.
	 * @param condition an SQL condition, e.g. {@code status = 'running'}
	 * @param params its parameters
	 * @param now the time the leases are compared with
	 * @return the count
	 */
	public int countHeld(String condition, Map<String, ?> params, Instant now) {
		return this.jdbc.sql(this.sql.countHeld(condition))
			.params(params)
			.param("now", timestamp(now))
			.query(Integer.class)
			.single();
	}

	/**
	 * Records the end of the work on a row the caller holds and ends its lease.
	 * @param id the row's id
	 * @param owner the holder's instance id
	 * @param set the assignments, e.g. {@code status = :status}
	 * @param condition a further condition, {@code null} for none
	 * @param params the parameters of {@code set} and {@code condition}
	 * @return {@code false} when the caller no longer held the row (or the condition
	 * failed), so nothing was written
	 */
	public boolean finish(Object id, String owner, String set, String condition, Map<String, ?> params) {
		return updateHeld(id, owner, set + ", " + LeaseSql.CLEARED, condition, params);
	}

	/**
	 * Writes to a row the caller holds, keeping its lease (progress, a checkpoint); the
	 * arguments are those of {@link #finish}.
	 * @return {@code false} when the caller no longer holds the row (or the condition
	 * failed), so nothing was written
	 */
	public boolean updateHeld(Object id, String owner, String set, String condition, Map<String, ?> params) {
		return this.jdbc.sql(this.sql.updateHeld(set, condition))
			.params(params)
			.param("leaseId", id)
			.param("leaseOwner", owner)
			.update() == 1;
	}

	private JdbcClient.StatementSpec bind(String sql, Map<String, ?> params, Lease lease) {
		return this.jdbc.sql(sql)
			.params(params)
			.param("now", timestamp(lease.now()))
			.param("leaseOwner", lease.owner())
			.param("leaseUntil", timestamp(lease.until()));
	}

	private static Timestamp timestamp(Instant instant) {
		return Timestamp.from(instant);
	}

}

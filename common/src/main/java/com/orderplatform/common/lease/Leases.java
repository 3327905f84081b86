package com.orderplatform.common.lease;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.orderplatform.common.lease.Candidates.Takeover;
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

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

	private static final String FREE = "(claimed_until IS NULL OR claimed_until <= :now)";

	private static final String FREE_OR_HELD = "(claimed_until IS NULL OR claimed_until <= :now"
			+ " OR claimed_by = :leaseOwner)";

	private static final String CLEARED = "claimed_by = NULL, claimed_until = NULL";

	private final JdbcClient jdbc;

	private final SqlDialect dialect;

	private final String table;

	/**
	 * A lease helper for one table, which has an {@code id} key and the nullable
	 * {@code claimed_by} (text) and {@code claimed_until} (timestamp) columns.
	 * @param jdbc the table's database
	 * @param dialect which database it is
	 * @param table the table's name
	 */
	public Leases(JdbcClient jdbc, SqlDialect dialect, String table) {
		Assert.isTrue(IDENTIFIER.matcher(table).matches(), () -> "Not a plain table name: " + table);
		this.jdbc = jdbc;
		this.dialect = dialect;
		this.table = table;
	}

	/**
	 * The condition "nobody holds the row": never claimed, released, or its lease ended
	 * at or before {@code :now}; for queries that look for work without claiming it.
	 * @return an SQL condition that uses the parameter {@code now}
	 */
	public String free() {
		return FREE;
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
		String available = available(candidates);
		String picked = "SELECT id FROM " + this.table + " WHERE " + available + " ORDER BY " + candidates.orderBy()
				+ " LIMIT :leaseLimit";
		String sql = switch (this.dialect) {
			case POSTGRESQL -> "WITH candidates AS MATERIALIZED (" + picked + " FOR UPDATE SKIP LOCKED) "
					+ claiming(candidates) + " WHERE id IN (SELECT id FROM candidates) AND " + available;
			case SQLITE -> claiming(candidates) + " WHERE id IN (" + picked + ") AND " + available;
		};
		return bind(sql + " RETURNING " + returning, candidates.params(), lease).param("leaseLimit", limit)
			.query(rows)
			.list();
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
	 * Claims one row named by its id, provided it is still a candidate (found by an
	 * earlier query, e.g. to skip rows this instance runs already).
	 * @param id the row's id
	 * @param candidates what the row must still meet
	 * @param lease who claims, now and until when
	 * @return whether the row is the caller's now
	 */
	public boolean claim(Object id, Candidates candidates, Lease lease) {
		return bind(claiming(candidates) + " WHERE id = :leaseId AND " + available(candidates), candidates.params(),
				lease)
			.param("leaseId", id)
			.update() == 1;
	}

	/**
	 * Extends the lease of a row the caller holds (a heartbeat).
	 * @param id the row's id
	 * @param owner the holder's instance id
	 * @param until the new end of the lease
	 * @return {@code false} when the caller no longer holds the row: stop working on it
	 */
	public boolean renew(Object id, String owner, Instant until) {
		return updateHeld(id, owner, "claimed_until = :leaseUntil", null, Map.of("leaseUntil", timestamp(until)));
	}

	/**
	 * Gives a row the caller holds back, unchanged otherwise, for anyone to claim.
	 * @param id the row's id
	 * @param owner the holder's instance id
	 * @return {@code false} when the caller did not hold it
	 */
	public boolean release(Object id, String owner) {
		return updateHeld(id, owner, CLEARED, null, Map.of());
	}

	/**
	 * Gives back every row an instance holds: at its start, the claims of its previous
	 * run under the same instance id.
	 * @param owner the instance id
	 * @return how many rows were released
	 */
	public int releaseAll(String owner) {
		return this.jdbc.sql("UPDATE " + this.table + " SET " + CLEARED + " WHERE claimed_by = :leaseOwner")
			.param("leaseOwner", owner)
			.update();
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
		return updateHeld(id, owner, set + ", " + CLEARED, condition, params);
	}

	/**
	 * Writes to a row the caller holds, keeping its lease (progress, a checkpoint); the
	 * arguments are those of {@link #finish}.
	 * @return {@code false} when the caller no longer holds the row (or the condition
	 * failed), so nothing was written
	 */
	public boolean updateHeld(Object id, String owner, String set, String condition, Map<String, ?> params) {
		String sql = "UPDATE " + this.table + " SET " + set + " WHERE id = :leaseId AND claimed_by = :leaseOwner"
				+ ((condition != null) ? " AND (" + condition + ")" : "");
		return this.jdbc.sql(sql).params(params).param("leaseId", id).param("leaseOwner", owner).update() == 1;
	}

	private String claiming(Candidates candidates) {
		return "UPDATE " + this.table + " SET claimed_by = :leaseOwner, claimed_until = :leaseUntil"
				+ ((candidates.alsoSet() != null) ? ", " + candidates.alsoSet() : "");
	}

	private static String available(Candidates candidates) {
		return "(" + candidates.where() + ") AND "
				+ ((candidates.takeover() == Takeover.EXPIRED_OR_HELD) ? FREE_OR_HELD : FREE);
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

package com.orderplatform.common.lease;

import java.util.Map;
import java.util.Objects;

/**
 * Which rows of a leased table a claim may take, and in which order.
 *
 * @param where the caller's condition for a row to be claimable, besides its lease (e.g.
 * {@code status = 'pending' AND next_attempt_at <= :now}); may use {@code :now}, bound to
 * the lease's time, and the caller's own parameters
 * @param orderBy the order in which candidates are taken, e.g. {@code created_at, id}
 * @param params the caller's parameters of {@code where} and {@code alsoSet}
 * @param takeover whose leases the claim may take over
 * @param alsoSet further assignments the claim makes, e.g. {@code status = 'running'};
 * {@code null} for none
 * @param index the index that serves {@code where} and {@code orderBy} together, named to
 * SQLite's planner ({@code INDEXED BY}), {@code null} to leave the choice to the planner
 */
public record Candidates(String where, String orderBy, Map<String, ?> params, Takeover takeover, String alsoSet,
		String index) {

	public Candidates {
		Objects.requireNonNull(where, "where");
		Objects.requireNonNull(orderBy, "orderBy");
		params = Map.copyOf(params);
		Objects.requireNonNull(takeover, "takeover");
	}

	/**
	 * Rows that meet a condition, taken in id order, free or with an expired lease.
	 * @param where the caller's condition
	 * @param params its parameters
	 * @return the candidates
	 */
	public static Candidates where(String where, Map<String, ?> params) {
		return new Candidates(where, "id", params, Takeover.EXPIRED, null, null);
	}

	/**
	 * The same candidates, taken in another order.
	 * @param order the {@code ORDER BY} list
	 * @return the candidates
	 */
	public Candidates orderBy(String order) {
		return new Candidates(this.where, order, this.params, this.takeover, this.alsoSet, this.index);
	}

	/**
	 * The same candidates, with another takeover rule.
	 * @param rule whose leases may be taken over
	 * @return the candidates
	 */
	public Candidates takingOver(Takeover rule) {
		return new Candidates(this.where, this.orderBy, this.params, rule, this.alsoSet, this.index);
	}

	/**
	 * The same candidates, with assignments the claim makes besides the lease.
	 * @param assignments e.g. {@code status = 'running', started_at = :now}
	 * @return the candidates
	 */
	public Candidates alsoSetting(String assignments) {
		return new Candidates(this.where, this.orderBy, this.params, this.takeover, assignments, this.index);
	}

	/**
	 * The same candidates, picked through a named index on SQLite. Its planner does not
	 * know how many rows a bound {@code <= :now} matches and may prefer an index on that
	 * range, then sort every due row to take the first: with tens of thousands queued,
	 * each claim costs tens of milliseconds instead of a few microseconds. PostgreSQL
	 * plans from statistics and is left to choose.
	 * @param name an index whose leading columns are the equality columns of
	 * {@code where} followed by {@code orderBy}
	 * @return the candidates
	 */
	public Candidates usingIndex(String name) {
		return new Candidates(this.where, this.orderBy, this.params, this.takeover, this.alsoSet, name);
	}

	/**
	 * Whose leases a claim may take over.
	 */
	public enum Takeover {

		/** Only rows never claimed, released, or whose lease has ended. */
		EXPIRED,

		/**
		 * Also rows the claiming instance holds itself: claims an earlier run under the
		 * same instance id left behind, taken back without waiting for their lease.
		 */
		EXPIRED_OR_HELD

	}

}

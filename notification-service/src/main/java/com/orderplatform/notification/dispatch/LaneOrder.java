package com.orderplatform.notification.dispatch;

import java.util.List;

import com.orderplatform.notification.notification.Lane;

/**
 * Which lane a send permit is offered to first. Transactional messages go first, so a
 * customer's confirmation never waits behind an import; but every Nth permit (by its
 * number across all instances) is offered to the bulk lane first, so that imports keep a
 * floor of the rate, 1/s at 10/s with N = 10, under any transactional load. A lane with
 * nothing due leaves its permit to the other, so neither idles while the other waits.
 * Strict priority alone (Sidekiq's strict order) would starve imports; weights alone
 * (Sidekiq's weighted shuffle) would let a burst of bulk delay a confirmation.
 *
 * @param bulkTurnEvery every how manyth permit goes to the bulk lane first
 */
record LaneOrder(int bulkTurnEvery) {

	private static final List<Lane> TRANSACTIONAL_FIRST = List.of(Lane.TRANSACTIONAL, Lane.BULK);

	private static final List<Lane> BULK_FIRST = List.of(Lane.BULK, Lane.TRANSACTIONAL);

	LaneOrder {
		if (bulkTurnEvery < 2) {
			throw new IllegalArgumentException("bulkTurnEvery must be at least 2, was " + bulkTurnEvery);
		}
	}

	/**
	 * The lanes to claim from with a permit, in order.
	 * @param permit the permit's number
	 * @return bulk first for every Nth permit, transactional first otherwise
	 */
	List<Lane> forPermit(long permit) {
		return (permit % this.bulkTurnEvery == 0) ? BULK_FIRST : TRANSACTIONAL_FIRST;
	}

}

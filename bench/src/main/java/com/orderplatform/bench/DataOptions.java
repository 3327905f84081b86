package com.orderplatform.bench;

/**
 * The measurements of issue #17's items 3 and 5: the overview's figures
 * ({@code GET /api/v1/orders/stats}) and the orders export over a database loaded
 * directly with many orders.
 *
 * @param orders orders loaded (1,000,000 in full mode)
 * @param exportOrders how many of them one import batch holds, which the export measures
 * (100,000 in full mode)
 * @param statsRequests requests per period of figures, one after another
 * @param exportRuns exports of that batch
 * @param postgres whether PostgreSQL is measured too
 * @param only whether nothing else runs ({@code --only=data})
 */
record DataOptions(int orders, int exportOrders, int statsRequests, int exportRuns, boolean postgres, boolean only) {

	static DataOptions quick() {
		return new DataOptions(20_000, 5_000, 50, 1, false, false);
	}

	static DataOptions full() {
		return new DataOptions(1_000_000, 100_000, 200, 3, true, false);
	}

	DataOptions onlyThese() {
		return new DataOptions(this.orders, this.exportOrders, this.statsRequests, this.exportRuns, this.postgres,
				true);
	}

}

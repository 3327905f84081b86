package com.orderplatform.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The single-order path, {@code POST /api/v1/orders}: each order is saved, charged
 * through the payment service and confirmed through the notification service within the
 * request.
 */
final class SingleOrderBench {

	private final PlatformApi api;

	SingleOrderBench(PlatformApi api) {
		this.api = api;
	}

	/**
	 * Places the orders one after another on one connection, as a script replacing the
	 * import would.
	 * @param rows the orders
	 * @return the timing
	 */
	OneByOne oneByOne(List<OrderRow> rows) {
		Map<Integer, Integer> statuses = new TreeMap<>();
		long start = System.nanoTime();
		for (OrderRow row : rows) {
			statuses.merge(this.api.placeOrder(row), 1, Integer::sum);
		}
		double seconds = ImportBench.seconds(start);
		failOnServerErrors(statuses);
		return new OneByOne(rows.size(), seconds, statuses);
	}

	/**
	 * Places orders from several clients at once for a while.
	 * @param rows the orders to cycle through
	 * @param clients concurrent clients, each waiting for its answer before the next
	 * order
	 * @param duration how long
	 * @return orders per second
	 */
	Concurrent concurrent(List<OrderRow> rows, int clients, Duration duration) {
		AtomicInteger next = new AtomicInteger();
		Map<Integer, Integer> statuses = new TreeMap<>();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
			List<Future<Map<Integer, Integer>>> results = java.util.stream.IntStream.range(0, clients)
				.mapToObj((client) -> pool.submit(() -> {
					Map<Integer, Integer> mine = new TreeMap<>();
					while (System.nanoTime() < end) {
						OrderRow row = rows.get(Math.floorMod(next.getAndIncrement(), rows.size()));
						mine.merge(this.api.placeOrder(row), 1, Integer::sum);
					}
					return mine;
				}))
				.toList();
			for (Future<Map<Integer, Integer>> result : results) {
				result.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("A client failed: " + ex.getCause().getMessage(), ex.getCause());
		}
		double seconds = ImportBench.seconds(start);
		failOnServerErrors(statuses);
		int placed = statuses.values().stream().mapToInt(Integer::intValue).sum();
		return new Concurrent(clients, placed, seconds, placed / seconds, statuses);
	}

	private static void failOnServerErrors(Map<Integer, Integer> statuses) {
		statuses.forEach((status, count) -> {
			if (status >= 500 || status == 401 || status == 403) {
				throw new IllegalStateException("POST /api/v1/orders answered " + status + " " + count + " times");
			}
		});
	}

	/**
	 * Orders placed one by one.
	 *
	 * @param orders how many
	 * @param seconds how long it took
	 * @param statuses HTTP status → count
	 */
	record OneByOne(int orders, double seconds, Map<Integer, Integer> statuses) {

		double secondsFor(int orders) {
			return this.seconds * orders / this.orders;
		}

	}

	/**
	 * Orders placed concurrently.
	 *
	 * @param clients concurrent clients
	 * @param orders orders placed
	 * @param seconds how long
	 * @param ordersPerSecond the throughput
	 * @param statuses HTTP status → count
	 */
	record Concurrent(int clients, int orders, double seconds, double ordersPerSecond, Map<Integer, Integer> statuses) {
	}

}

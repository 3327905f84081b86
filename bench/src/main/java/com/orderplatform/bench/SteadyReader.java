package com.orderplatform.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Interactive readers at a fixed request rate (an open model, not closed-loop): every
 * period one request goes out, alternating {@code GET /api/v1/orders} and {@code GET
 * /api/v1/orders/{id}}, whether or not earlier ones have answered. A latency is measured
 * from the moment the request was <em>scheduled</em>, so a stalled server or a stalled
 * client cannot hide its delay (no coordinated omission).
 */
final class SteadyReader implements AutoCloseable {

	private final PlatformApi api;

	private final List<Long> orderIds;

	private final long periodNanos;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "bench-steady-reader");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Long> listNanos = new ArrayList<>();

	private final List<Long> byIdNanos = new ArrayList<>();

	private final AtomicInteger errors = new AtomicInteger();

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicLong ticks = new AtomicLong();

	private long startNanos;

	/**
	 * A reader, not started yet.
	 * @param api the platform
	 * @param orderIds orders to read by id (cycled)
	 * @param requestsPerSecond the rate, both endpoints together
	 */
	SteadyReader(PlatformApi api, List<Long> orderIds, int requestsPerSecond) {
		this.api = api;
		this.orderIds = List.copyOf(orderIds);
		this.periodNanos = 1_000_000_000L / requestsPerSecond;
	}

	/** Starts sending. */
	void start() {
		this.startNanos = System.nanoTime();
		this.scheduler.scheduleAtFixedRate(this::tick, 0, this.periodNanos, TimeUnit.NANOSECONDS);
	}

	private void tick() {
		long n = this.ticks.getAndIncrement();
		long intended = this.startNanos + n * this.periodNanos;
		boolean list = n % 2 == 0;
		String path = list ? "/api/v1/orders?limit=20"
				: "/api/v1/orders/" + this.orderIds.get((int) ((n / 2) % this.orderIds.size()));
		HttpRequest request = this.api.orderRequest(path).GET().build();
		this.inFlight.incrementAndGet();
		this.api.http().sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
			long latency = System.nanoTime() - intended;
			this.inFlight.decrementAndGet();
			if (failure != null || response.statusCode() != 200) {
				this.errors.incrementAndGet();
				return;
			}
			synchronized (this) {
				(list ? this.listNanos : this.byIdNanos).add(latency);
			}
		});
	}

	/**
	 * Stops sending and waits (up to 30 s) for the answers still on their way.
	 * @return what was measured
	 */
	Result stop() {
		this.scheduler.shutdownNow();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (this.inFlight.get() > 0 && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
		}
		double seconds = (System.nanoTime() - this.startNanos) / 1e9;
		synchronized (this) {
			return new Result(toArray(this.listNanos), toArray(this.byIdNanos), this.errors.get() + this.inFlight.get(),
					seconds);
		}
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

	private static long[] toArray(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).toArray();
	}

	/**
	 * The latencies of one window (or of several, pooled).
	 *
	 * @param listNanos latencies of {@code GET /api/v1/orders}
	 * @param byIdNanos latencies of {@code GET /api/v1/orders/{id}}
	 * @param errors failed or unanswered requests
	 * @param seconds how long the window lasted
	 */
	record Result(long[] listNanos, long[] byIdNanos, int errors, double seconds) {

		Stats.LatencySummary list() {
			return Stats.latencies(this.listNanos);
		}

		Stats.LatencySummary byId() {
			return Stats.latencies(this.byIdNanos);
		}

		/**
		 * This window and another pooled, as if one.
		 * @param other the other window
		 * @return both
		 */
		Result plus(Result other) {
			return new Result(concat(this.listNanos, other.listNanos), concat(this.byIdNanos, other.byIdNanos),
					this.errors + other.errors, this.seconds + other.seconds);
		}

		private static long[] concat(long[] a, long[] b) {
			long[] both = java.util.Arrays.copyOf(a, a.length + b.length);
			System.arraycopy(b, 0, both, a.length, b.length);
			return both;
		}

	}

}

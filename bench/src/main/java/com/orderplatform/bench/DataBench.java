package com.orderplatform.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.orderplatform.bench.OrderDataLoader.Loaded;

/**
 * Issue #17's items 3 and 5 on one platform: loads {@link DataOptions#orders()} orders
 * straight into the order service's database ({@link OrderDataLoader}; an import would
 * take hours), then measures {@code GET /api/v1/orders/stats} for the overview's week and
 * for a period holding every order (sequential requests, p50/p95/p99), and
 * {@code GET /api/v1/orders/export.csv} of one import batch of
 * {@link DataOptions#exportOrders()} orders (time to the last byte, rows counted, the
 * order service's peak heap). Answers that do not match what was loaded fail the run.
 */
final class DataBench {

	static final String EXPORT_BATCH = "bench-export";

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	/** How far back the loaded orders go: a month of imports. */
	private static final Duration SPAN = Duration.ofDays(29);

	private static final int WARM_UP = 20;

	private final BenchPlatform platform;

	private final DataOptions options;

	private final String database;

	DataBench(BenchPlatform platform, DataOptions options, String database) {
		this.platform = platform;
		this.options = options;
		this.database = database;
	}

	List<Measurement> run() {
		Instant end = Instant.now().minusSeconds(60);
		Loaded loaded = OrderDataLoader.load(this.platform.orderDatabase, "postgres", "postgres",
				new OrderDataLoader.Plan(this.options.orders(), this.options.exportOrders(), EXPORT_BATCH, end, SPAN,
						BenchOptions.SEED));
		Benchmark.log("%s: loaded %,d orders with %,d items in %.1f s (%,.0f orders/s)", this.database, loaded.orders(),
				loaded.items(), loaded.seconds(), loaded.orders() / loaded.seconds());
		LocalDate today = LocalDate.now(TOKYO);
		String week = stats(today.minusDays(6), today);
		String all = stats(today.minusDays(SPAN.toDays() + 1), today);
		long counted = this.platform.api.getOrder(all).get("orders").asLong();
		if (counted != loaded.orders()) {
			throw new IllegalStateException(
					"The figures count " + counted + " orders but " + loaded.orders() + " were loaded");
		}
		for (int i = 0; i < WARM_UP; i++) {
			this.platform.api.getOrder(week);
			this.platform.api.getOrder(all);
		}
		List<Measurement> measurements = new ArrayList<>();
		measurements.add(statsMeasurement("week", "the overview's 7 days", week, loaded));
		measurements
			.add(statsMeasurement("all", "31 days holding all " + count(loaded.orders()) + " orders", all, loaded));
		measurements.addAll(exports(loaded));
		return measurements;
	}

	private static String stats(LocalDate from, LocalDate to) {
		return "/api/v1/orders/stats?from=" + from + "&to=" + to + "&tz=Asia/Tokyo";
	}

	private Measurement statsMeasurement(String key, String period, String path, Loaded loaded) {
		long[] nanos = new long[this.options.statsRequests()];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = this.platform.api.send(this.platform.api.orderRequest(path).GET().build());
			nanos[i] = System.nanoTime() - start;
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
		}
		Stats.LatencySummary latency = Stats.latencies(nanos);
		Benchmark.log("%s stats, %s: %s", this.database, period, latency);
		return Measurement
			.of("stats_" + key + "_p95_ms_" + id(), 8,
					String.format(Locale.ROOT, "GET /api/v1/orders/stats p95, %s (%s, %s orders loaded)", period,
							this.database, count(loaded.orders())),
					"ms", List.of(latency.p95Ms()), Target.atMost(200, "< 200 ms (issue #17)"))
			.with("p50_ms", latency.p50Ms())
			.with("p99_ms", latency.p99Ms())
			.with("max_ms", latency.maxMs())
			.with("requests", latency.count())
			.with("orders_loaded", loaded.orders())
			.with("load_seconds", loaded.seconds());
	}

	private List<Measurement> exports(Loaded loaded) {
		String path = "/api/v1/orders/export.csv?batch_id=" + EXPORT_BATCH + "&tz=Asia/Tokyo";
		export(path, loaded.exportItems());
		List<Double> seconds = new ArrayList<>();
		List<MemoryProbe.Result> memory = new ArrayList<>();
		long bytes = 0;
		for (int run = 0; run < this.options.exportRuns(); run++) {
			MemoryProbe probe = this.platform.owned()
					? new MemoryProbe(this.platform.api, this.platform.order.pid(), this.platform.gcLog()) : null;
			if (probe != null) {
				probe.start();
			}
			long start = System.nanoTime();
			bytes = export(path, loaded.exportItems());
			seconds.add(ImportBench.seconds(start));
			if (probe != null) {
				memory.add(probe.stop());
				Benchmark.log("%s export run %d: %.2f s, %s", this.database, run + 1, seconds.get(run),
						memory.get(run));
			}
		}
		String orders = count(this.options.exportOrders());
		List<Measurement> measurements = new ArrayList<>();
		measurements.add(Measurement
			.of("export_" + this.options.exportOrders() + "_seconds_" + id(), 9,
					"GET /api/v1/orders/export.csv of " + orders + " orders (" + count(loaded.exportItems())
							+ " rows), request → last byte (" + this.database + ")",
					"s", seconds, Target.atMost(5, "≤ 5 s (issue #17)"))
			.with("rows", loaded.exportItems())
			.with("bytes", bytes)
			.with("mib_per_second", bytes / (1024.0 * 1024.0) / Stats.median(seconds)));
		if (!memory.isEmpty()) {
			// The peak is what the young generation fills before a collection; what an
			// export keeps alive shows in the heap after each collection.
			measurements.add(Measurement
				.of("export_heap_peak_mib_" + id(), 9,
						"Order service peak heap during the export of " + orders + " orders (-Xmx256m, " + this.database
								+ ")",
						"MiB", memory.stream().map(MemoryProbe.Result::peakHeapMib).toList(),
						Target.atMost(256, "≤ 256 MiB, flat"))
				.with("heap_after_gc_mib",
						memory.stream().mapToDouble(MemoryProbe.Result::heapAfterGcMib).max().orElseThrow())
				.with("rss_peak_mib", memory.stream().mapToDouble(MemoryProbe.Result::peakRssMib).max().orElseThrow()));
		}
		return measurements;
	}

	/**
	 * Downloads the export, counting its bytes and CRLF-ended rows; answers the bytes.
	 */
	private long export(String path, long expectedRows) {
		HttpResponse<InputStream> response;
		try {
			response = this.platform.api.http()
				.send(this.platform.api.orderRequest(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		long bytes = 0;
		long rows = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = response.body()) {
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					rows += (buffer[i] == '\n') ? 1 : 0;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (response.statusCode() != 200 || rows != expectedRows + 1) {
			throw new IllegalStateException("The export answered " + response.statusCode() + " with " + rows
					+ " lines; expected the header and " + expectedRows + " rows");
		}
		return bytes;
	}

	private String id() {
		return this.database.toLowerCase(Locale.ROOT);
	}

	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

}

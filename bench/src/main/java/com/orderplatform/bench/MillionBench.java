package com.orderplatform.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.orderplatform.bench.ImportBench.ImportRun;
import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;

/**
 * Issue #14's item 4 ({@code --million}): a 1,000,000-row file imported on a fresh SQLite
 * platform whose order service keeps its 256 MiB heap and has the import's limits raised
 * ({@link #ENVIRONMENT}), the order service's memory during the import (the heap after
 * each collection per tenth of the import, so a heap that grows with the file shows), and
 * then the job's pages at that size: the job, its errors (first and last page) and its
 * orders (first, middle and last page), p50/p95 over {@value #PAGE_REQUESTS} requests
 * each after {@value #PAGE_WARM_UP} warm-up ones, and the errors.csv download. Targets
 * (import ≤ 90 s, heap ≤ 256 MiB, pages &lt; 200 ms) are reported, not asserted.
 */
final class MillionBench {

	static final int ROWS = 1_000_000;

	/**
	 * The limits raised for this platform only: the rows a file may have, the import's
	 * file size (50MB by default) and Spring's multipart limit (order-service
	 * {@code application.yml}, common {@code platform-defaults.yml}). The file is about
	 * 108 MB.
	 */
	static final Map<String, String> ENVIRONMENT = Map.of("OMS_IMPORT_MAX_ROWS", String.valueOf(ROWS),
			"OMS_IMPORT_MAX_FILE_SIZE", "256MB", "OMS_MAX_UPLOAD_SIZE", "256MB");

	static final Target IMPORT_TARGET = Target.atMost(90, "≤ 90 s (issue #14)");

	static final Target PAGE_TARGET = Target.atMost(200, "< 200 ms (issue #14)");

	static final int PAGE_WARM_UP = 5;

	static final int PAGE_REQUESTS = 20;

	static final int CSV_RUNS = 3;

	/** The error page's size (the API's default) and the order page's (the list's). */
	static final int ERRORS_LIMIT = 100;

	static final int ORDERS_LIMIT = 20;

	private final BenchPlatform platform;

	private final ImportBench imports;

	private final String notify;

	private MemoryProbe probe;

	private MemoryProbe.Result memory;

	MillionBench(BenchPlatform platform, Duration timeout, String notify) {
		if (!platform.owned()) {
			throw new IllegalStateException("--million starts its own services (it raises their limits); "
					+ "it cannot measure services already running");
		}
		this.platform = platform;
		this.notify = notify;
		this.imports = new ImportBench(platform.api, timeout);
	}

	/**
	 * Imports the file with the memory probe running.
	 * @param file the 1,000,000-row file
	 * @return the import's timings
	 */
	ImportRun importFile(GeneratedFile file) {
		this.probe = new MemoryProbe(this.platform.api, this.platform.order.pid(), this.platform.gcLog());
		this.probe.start();
		try {
			return this.imports.importFile(file, this.notify);
		}
		finally {
			this.memory = this.probe.stop();
			Benchmark.log("memory during the 1,000,000-row import: %s, heap after GC by tenth %s", this.memory,
					this.probe.heapAfterGcByPart(10));
		}
	}

	/**
	 * The order service's memory during the import (after {@link #importFile}).
	 * @return peak heap, heap after collections, peak RSS
	 */
	List<Measurement> memory() {
		List<Double> tenths = this.probe.heapAfterGcByPart(10);
		return List.of(
				Measurement
					.of("import_1m_heap_peak_mib", 4,
							"Order service peak heap during the 1,000,000-row import (-Xmx256m)", "MiB",
							List.of(this.memory.peakHeapMib()), Target.atMost(256, "≤ 256 MiB, no error (issue #14)"))
					.with("sampled_heap_mib", this.memory.sampledHeapMib())
					.with("gc_log_heap_mib", this.memory.gcLogHeapMib())
					.with("heap_committed_mib", this.memory.heapCommittedMib())
					.with("collections", this.memory.collections()),
				Measurement
					.of("import_1m_heap_after_gc_mib", 4,
							"Order service heap after GC during the 1,000,000-row import (largest; flat if the "
									+ "tenths do not grow)",
							"MiB", List.of(this.memory.heapAfterGcMib()), null)
					.with("heap_after_gc_by_tenth_mib", tenths),
				Measurement
					.of("import_1m_rss_peak_mib", 4, "Order service peak RSS (VmHWM) during the 1,000,000-row import",
							"MiB", List.of(this.memory.peakRssMib()), null)
					.with("exact_vmhwm", this.memory.rssPeakIsExact()));
	}

	/**
	 * Times the job's pages and its errors.csv at this size.
	 * @param run the import
	 * @param file its file
	 * @return a measurement per page and one for the download
	 */
	List<Measurement> pages(ImportRun run, GeneratedFile file) {
		long failed = file.rows() - file.validRows();
		long valid = file.validRows();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("job", "/api/v1/imports/{id}");
		pages.put("errors_first", "/api/v1/imports/{id}/errors?limit=" + ERRORS_LIMIT);
		pages.put("errors_last",
				"/api/v1/imports/{id}/errors?limit=" + ERRORS_LIMIT + "&skip=" + Math.max(0, failed - ERRORS_LIMIT));
		pages.put("orders_first", "/api/v1/orders?batch_id={id}&limit=" + ORDERS_LIMIT);
		pages.put("orders_middle", "/api/v1/orders?batch_id={id}&limit=" + ORDERS_LIMIT + "&skip="
				+ valid / 2 / ORDERS_LIMIT * ORDERS_LIMIT);
		pages.put("orders_last",
				"/api/v1/orders?batch_id={id}&limit=" + ORDERS_LIMIT + "&skip=" + Math.max(0, valid - ORDERS_LIMIT));
		List<Measurement> measurements = new ArrayList<>();
		pages.forEach((key, path) -> measurements.add(page(key, path, run.job())));
		measurements.add(errorsCsv(run.job(), failed));
		return measurements;
	}

	private Measurement page(String key, String template, String job) {
		String path = template.replace("{id}", job);
		for (int i = 0; i < PAGE_WARM_UP; i++) {
			get(path);
		}
		long[] nanos = new long[PAGE_REQUESTS];
		long total = -1;
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			total = get(path);
			nanos[i] = System.nanoTime() - start;
		}
		Stats.LatencySummary latency = Stats.latencies(nanos);
		Benchmark.log("1,000,000 rows, GET %s: %s", path, latency);
		Measurement measurement = Measurement
			.of("import_1m_page_" + key + "_p95_ms", 4, "GET " + template + " p95 after the 1,000,000-row import", "ms",
					List.of(latency.p95Ms()), PAGE_TARGET)
			.with("p50_ms", latency.p50Ms())
			.with("p99_ms", latency.p99Ms())
			.with("max_ms", latency.maxMs())
			.with("requests", latency.count());
		return (total >= 0) ? measurement.with("total", total) : measurement;
	}

	/**
	 * A page, which must answer 200; answers a list's {@code total}, -1 for the job.
	 */
	private long get(String path) {
		HttpResponse<String> response = this.platform.api.send(this.platform.api.orderRequest(path).GET().build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
		}
		return ResultWriter.JSON.readTree(response.body()).path("total").asLong(-1);
	}

	private Measurement errorsCsv(String job, long failed) {
		String path = "/api/v1/imports/" + job + "/errors.csv";
		List<Double> seconds = new ArrayList<>();
		PlatformApi.Download download = null;
		for (int run = 0; run < CSV_RUNS; run++) {
			long start = System.nanoTime();
			download = this.platform.api.download(path);
			seconds.add(ImportBench.seconds(start));
			if (download.status() != 200 || download.lineFeeds() <= failed) {
				throw new IllegalStateException("GET " + path + " answered " + download.status() + " with "
						+ download.lineFeeds() + " line feeds for " + failed + " failed rows");
			}
		}
		Benchmark.log("1,000,000 rows, errors.csv: %s s, %,d bytes", seconds, download.bytes());
		return Measurement
			.of("import_1m_errors_csv_seconds", 4,
					"GET /api/v1/imports/{id}/errors.csv after the 1,000,000-row import, request → last byte", "s",
					seconds, null)
			.with("bytes", download.bytes())
			.with("failed_rows", failed);
	}

}

package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import com.orderplatform.bench.ImportBench.ImportRun;
import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;
import com.orderplatform.bench.SingleOrderBench.OneByOne;
import com.orderplatform.testsupport.TestDatabases;

/**
 * One benchmark run: the import issue's seven measurements in an order that keeps
 * comparisons side by side (each 10,000-row import next to the one-by-one sample it is
 * compared with, idle read windows right before and after the import window), then the
 * figures and the export over many orders (items 8 and 9, issue #17). A step that fails
 * is recorded and the run goes on with the others; targets are only reported.
 */
final class Benchmark {

	private final BenchOptions options;

	private final Path files;

	private final List<Measurement> measurements = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<String, GeneratedFile> generated = new LinkedHashMap<>();

	/**
	 * Imports measured on the platform running now, whose floors are measured after it.
	 */
	private final List<FloorBench.Pending> floors = new ArrayList<>();

	Benchmark(BenchOptions options, Path files) {
		this.options = options;
		this.files = files;
	}

	BenchReport run() {
		Instant startedAt = Instant.now();
		long start = System.nanoTime();
		BenchReport.Machine machine = MachineInfo.describe(this.options.root()).startedFrom(trainJvms());
		if (this.options.million()) {
			million();
		}
		else {
			if (!this.options.data().only()) {
				imports();
			}
			orderData();
		}
		this.measurements.sort(java.util.Comparator.comparingInt(Measurement::item));
		return new BenchReport(this.options.mode(), startedAt, ImportBench.seconds(start), machine,
				List.copyOf(this.measurements), List.copyOf(this.failures));
	}

	/**
	 * Records the services' AOT caches unless these jars have them ({@link JvmTraining}),
	 * so that every platform the bench starts begins as a trained deployment does.
	 * @return how the measured services' JVMs start
	 */
	private String trainJvms() {
		if (this.options.external() != null) {
			return "services started outside the bench";
		}
		if (this.options.profile()) {
			return "services without a JVM cache (profiled: Flight Recorder)";
		}
		if (!RunnableJars.aotCacheSupported()) {
			return "services with class-data sharing (AOT caches need JDK 25)";
		}
		String trained = "services started from the AOT caches of a training run, JvmTraining";
		JvmTraining training = new JvmTraining(this.options.root(), this.files.resolve("logs"),
				this.options.importTimeout());
		Boolean needed = step("JVM training", training::needed);
		if (needed == null) {
			return null;
		}
		if (!needed) {
			log("JVM training: these jars have their AOT caches (<service>/target/run/%s, shared with ./oms run)",
					RunnableJars.AOT_CACHE);
			return trained;
		}
		return step("JVM training", () -> {
			long start = System.nanoTime();
			generate("warm-up", BenchOptions.WARM_UP, BenchOptions.SEED + 1);
			generate("training", BenchOptions.SMALL, BenchOptions.SEED + 2);
			List<String> missing = training.run(this.generated.get("warm-up"), this.generated.get("training"),
					(step) -> log("JVM training: %s", step));
			if (!missing.isEmpty()) {
				throw new IllegalStateException("no AOT cache written by " + missing + " (see their logs)");
			}
			log("JVM training (%s, then the caches written) %.1f s", JvmTraining.WORKLOAD, ImportBench.seconds(start));
			return trained;
		});
	}

	/**
	 * The import measurements (items 1 to 7), on SQLite and, in full mode, PostgreSQL.
	 */
	private void imports() {
		step("generate files", () -> {
			generate("warm-up", BenchOptions.WARM_UP, BenchOptions.SEED + 1);
			generate("small", BenchOptions.SMALL, BenchOptions.SEED);
			if (this.options.isolationRows() == BenchOptions.LARGE || this.options.dryRunLarge()
					|| this.options.cluster() || this.options.postgresLargeRuns() > 0) {
				generate("large", BenchOptions.LARGE, BenchOptions.SEED);
			}
			return null;
		});
		if (this.failures.isEmpty()) {
			step("SQLite platform", () -> {
				try (BenchPlatform platform = startPlatform(Map.of(), "imports-sqlite")) {
					new SqliteRun(platform).run();
				}
				finally {
					floors(false, FloorBench.RUNS);
				}
				return null;
			});
			if (this.options.postgresImports()) {
				step("PostgreSQL platform", () -> {
					postgres();
					return null;
				});
			}
			if (this.options.cluster()) {
				step("cluster", () -> {
					cluster();
					return null;
				});
			}
		}
	}

	/**
	 * The figures and export measurements (items 8 and 9, issue #17), each database on a
	 * platform of its own loaded with many orders; they need the order service's
	 * database, so not for services already running.
	 */
	private void orderData() {
		if (this.options.external() != null) {
			log("figures and export skipped: they load orders into the order service's database");
			return;
		}
		step("order data on SQLite", () -> {
			try (BenchPlatform platform = startPlatform(Map.of(), "data-sqlite")) {
				new DataBench(platform, this.options.data(), "SQLite").run().forEach(this::add);
			}
			return null;
		});
		if (this.options.data().postgres()) {
			step("order data on PostgreSQL", () -> {
				try (BenchPlatform platform = startPlatform(postgresDatabases("bench_data_"), "data-postgres")) {
					new DataBench(platform, this.options.data(), "PostgreSQL").run().forEach(this::add);
				}
				return null;
			});
		}
	}

	private static Map<String, String> postgresDatabases(String prefix) {
		Map<String, String> urls = new LinkedHashMap<>();
		for (String service : List.of("ORDER", "PAYMENT", "NOTIFICATION")) {
			urls.put(service, TestDatabases.newPostgresDatabase(prefix + service));
		}
		return urls;
	}

	private BenchPlatform startPlatform(Map<String, String> databaseUrls, String name) {
		return startPlatform(databaseUrls, name, Map.of());
	}

	private BenchPlatform startPlatform(Map<String, String> databaseUrls, String name,
			Map<String, String> environment) {
		if (this.options.external() != null) {
			return BenchPlatform.external(this.options.external()[0], this.options.external()[1],
					this.options.external()[2], System.getenv().getOrDefault("OMS_ADMIN_USERNAME", "admin"),
					System.getenv().getOrDefault("OMS_ADMIN_PASSWORD", BenchPlatform.ADMIN_PASSWORD));
		}
		long start = System.nanoTime();
		Path profile = null;
		if (this.options.profile()) {
			profile = createDirectories(this.files.resolve("profile")).resolve(name);
			log("profiling %s: %s-{order,payment,notification}.jfr when its services stop", name, profile);
		}
		BenchPlatform platform = BenchPlatform.start(this.options.root(), this.files.resolve("logs"), databaseUrls,
				profile, environment);
		log("services started (%s) in %.1f s", databaseUrls.isEmpty() ? "SQLite" : "PostgreSQL",
				ImportBench.seconds(start));
		return platform;
	}

	private void postgres() {
		try (BenchPlatform platform = startPlatform(postgresDatabases("bench_"), "imports-postgres")) {
			postgresImports(platform);
		}
		finally {
			floors(true, FloorBench.RUNS);
		}
	}

	private void postgresImports(BenchPlatform platform) {
		ImportBench imports = new ImportBench(platform.api, this.options.importTimeout());
		ServiceCpu cpu = new ServiceCpu(platform.pids());
		step("PostgreSQL warm-up", () -> imports.importFile(this.generated.get("warm-up")));
		warmUpImports("PostgreSQL warm-up", imports, cpu);
		List<ImportRun> runs = new ArrayList<>();
		List<Double> compilerShares = new ArrayList<>();
		for (int run = 1; run <= this.options.postgresRuns(); run++) {
			String name = "PostgreSQL import 10,000 rows, run " + run;
			ImportRun result = watched(name, BenchOptions.SMALL, cpu, compilerShares::add,
					() -> imports.importFile(this.generated.get("small")));
			if (result != null) {
				runs.add(result);
			}
		}
		if (!runs.isEmpty()) {
			importMeasurement("import_10k_postgres", 6, "Bulk import 10,000 rows on PostgreSQL, upload → done", runs,
					BenchOptions.SMALL, Target.atMost(2, "≤ 2 s (as SQLite)"))
				.with("jit_compiler_share_runs", compilerShares);
			floorOf("import_10k_postgres", 6, "10,000 rows on PostgreSQL", "small", runs, platform);
		}
		List<ImportRun> large = new ArrayList<>();
		List<Double> largeCompilerShares = new ArrayList<>();
		for (int run = 1; run <= this.options.postgresLargeRuns(); run++) {
			String name = "PostgreSQL import 100,000 rows, run " + run;
			ImportRun result = watched(name, BenchOptions.LARGE, cpu, largeCompilerShares::add,
					() -> imports.importFile(this.generated.get("large")));
			if (result != null) {
				large.add(result);
			}
		}
		if (!large.isEmpty()) {
			importMeasurement("import_100k_postgres", 6, "Bulk import 100,000 rows on PostgreSQL, upload → done", large,
					BenchOptions.LARGE, Target.atMost(15, "≤ 15 s (as SQLite)"))
				.with("jit_compiler_share_runs", largeCompilerShares);
			floorOf("import_100k_postgres", 6, "100,000 rows on PostgreSQL", "large", large, platform);
		}
	}

	/**
	 * {@code --million} (issue #14, item 4): a 1,000,000-row import on a fresh SQLite
	 * platform with the import's limits raised, its memory, the job's pages at that size,
	 * then its floor.
	 */
	private void million() {
		step("generate files", () -> {
			generate("warm-up", BenchOptions.WARM_UP, BenchOptions.SEED + 1);
			generate("million", MillionBench.ROWS, BenchOptions.SEED);
			return null;
		});
		if (!this.failures.isEmpty()) {
			return;
		}
		step("1,000,000 rows on SQLite", () -> {
			try (BenchPlatform platform = startPlatform(Map.of(), "million-sqlite", MillionBench.ENVIRONMENT)) {
				millionImport(platform);
			}
			finally {
				// One floor run: a 1,000,000-row floor takes about as long as ten
				// 100,000-row ones.
				floors(false, 1);
			}
			return null;
		});
	}

	private void millionImport(BenchPlatform platform) {
		MillionBench bench = new MillionBench(platform, this.options.importTimeout(), this.options.millionNotify());
		GeneratedFile file = this.generated.get("million");
		step("warm-up", () -> new ImportBench(platform.api, this.options.importTimeout())
			.importFile(this.generated.get("warm-up")));
		ImportRun run = step("import 1,000,000 rows", () -> bench.importFile(file));
		bench.memory().forEach(this::add);
		if (run == null) {
			return;
		}
		logImport("import 1,000,000 rows", MillionBench.ROWS, run);
		importMeasurement("import_1m", 1,
				"Bulk import 1,000,000 rows (SQLite, OMS_IMPORT_MAX_ROWS=1000000, notify="
						+ this.options.millionNotify() + "), upload → done",
				List.of(run), MillionBench.ROWS, MillionBench.IMPORT_TARGET)
			.with("notify", this.options.millionNotify());
		floorOf("import_1m", 1, "1,000,000 rows on SQLite", "million", List.of(run), platform);
		step("the job's pages at 1,000,000 rows", () -> {
			bench.pages(run, file).forEach(this::add);
			return null;
		});
	}

	/**
	 * The 10,000 and 100,000-row imports through nginx on a local cluster (two instances
	 * of each service, PostgreSQL, S3), beside the single-node figures (item 6).
	 */
	private void cluster() {
		ClusterBench bench = new ClusterBench(this.options, this.files.resolve("cluster"));
		ClusterBench.Runs runs = bench.run(this.generated.get("warm-up"), this.generated.get("small"),
				this.generated.get("large"), (name, rows, run) -> logImport(name, rows, run));
		importMeasurement("import_10k_cluster", 6,
				"Bulk import 10,000 rows on a cluster (2 order instances, PostgreSQL, nginx), upload → done",
				runs.small(), BenchOptions.SMALL, Target.atMost(2, "≤ 2 s (as one node)"));
		importMeasurement("import_100k_cluster", 6,
				"Bulk import 100,000 rows on a cluster (2 order instances, PostgreSQL, nginx), upload → done",
				runs.large(), BenchOptions.LARGE, Target.atMost(15, "≤ 15 s (as one node)"));
	}

	/** The measurements that share the SQLite platform. */
	private final class SqliteRun {

		private final BenchPlatform platform;

		private final ImportBench imports;

		private final SingleOrderBench single;

		private final ServiceCpu cpu;

		SqliteRun(BenchPlatform platform) {
			this.platform = platform;
			this.imports = new ImportBench(platform.api, Benchmark.this.options.importTimeout());
			this.cpu = new ServiceCpu(platform.pids());
			this.single = new SingleOrderBench(platform.api);
		}

		void run() {
			warmUp();
			// Both modes: the clean 10,000-row imports (nothing else running; their
			// floor and the one-by-one ratio), then the readers and the memory probe
			// around an import of their own (quick: a second 10,000-row one; full: the
			// 100,000-row one).
			importsBesideOneByOne();
			dryRuns();
			concurrentOrders();
			isolationAndMemory();
		}

		private void warmUp() {
			GeneratedFile file = Benchmark.this.generated.get("warm-up");
			step("warm-up", () -> {
				long start = System.nanoTime();
				this.imports.importFile(file);
				// The issue measures a warm platform: after one import of the
				// 10,000-row file the JIT compilers still took about 30% of the CPU of
				// each (bench/NOTES.md).
				warmUpImports("warm-up", this.imports, this.cpu);
				this.imports.dryRun(file);
				this.single.oneByOne(OrderCsvGenerator.firstRows(BenchOptions.SEED + 1, BenchOptions.WARM_UP, 20));
				// The read path too, or the idle window would measure its JIT
				// compilation.
				List<Long> ids = orderIds();
				for (int i = 0; i < 200; i++) {
					this.platform.api.getOrder("/api/v1/orders?limit=20");
					this.platform.api.getOrder("/api/v1/orders/" + ids.get(i % ids.size()));
				}
				log("warm-up (a 1,000-row import, %d imports of 10,000 rows, dry run, 20 orders, 400 reads) %.1f s",
						BenchOptions.WARM_UP_IMPORTS, ImportBench.seconds(start));
				return null;
			});
		}

		private void importsBesideOneByOne() {
			GeneratedFile file = Benchmark.this.generated.get("small");
			List<ImportRun> runs = new ArrayList<>();
			List<Double> compilerShares = new ArrayList<>();
			OneByOne oneByOne = null;
			for (int run = 1; run <= Benchmark.this.options.importRuns(); run++) {
				String name = "import 10,000 rows, run " + run;
				ImportRun result = watched(name, BenchOptions.SMALL, this.cpu, compilerShares::add,
						() -> this.imports.importFile(file));
				if (result != null) {
					runs.add(result);
				}
				if (run == 1) {
					oneByOne = oneByOne();
				}
			}
			if (!runs.isEmpty()) {
				importMeasurement("import_10k", 1, "Bulk import 10,000 rows, upload → done", runs, BenchOptions.SMALL,
						Target.atMost(2, "≤ 2 s (spec NFR-005: ≤ 300 s)"))
					.with("jit_compiler_share_runs", compilerShares);
				floorOf("import_10k", 1, "10,000 rows on SQLite", "small", runs, this.platform);
			}
			if (oneByOne != null) {
				addOneByOne(oneByOne, runs);
			}
		}

		private OneByOne oneByOne() {
			int sample = Benchmark.this.options.oneByOneSample();
			OneByOne oneByOne = step("one by one", () -> this.single
				.oneByOne(OrderCsvGenerator.firstRows(BenchOptions.SEED, BenchOptions.SMALL, sample)));
			if (oneByOne != null) {
				log("one by one: %d orders in %.1f s (%.1f orders/s) → 10,000 in %.0f s", oneByOne.orders(),
						oneByOne.seconds(), oneByOne.orders() / oneByOne.seconds(),
						oneByOne.secondsFor(BenchOptions.SMALL));
			}
			return oneByOne;
		}

		private void addOneByOne(OneByOne oneByOne, List<ImportRun> bulk) {
			double extrapolated = oneByOne.secondsFor(BenchOptions.SMALL);
			add(Measurement
				.of("one_by_one_10k_seconds", 2,
						String.format(Locale.ROOT, "10,000 orders one by one via POST /api/v1/orders (%,d sampled)",
								oneByOne.orders()),
						"s", List.of(extrapolated), null)
				.with("sampled_orders", oneByOne.orders())
				.with("sample_seconds", oneByOne.seconds())
				.with("orders_per_second", oneByOne.orders() / oneByOne.seconds())
				.with("statuses", oneByOne.statuses()));
			if (!bulk.isEmpty()) {
				List<Double> ratios = bulk.stream().map((run) -> run.allRecordedSeconds() / extrapolated).toList();
				add(Measurement.of("bulk_vs_one_by_one", 2,
						"Bulk / one-by-one time for 10,000 orders (payments and notifications included)", "×", ratios,
						null));
			}
		}

		private void dryRuns() {
			dryRun("small", "dry_run_10k", BenchOptions.SMALL);
			if (Benchmark.this.options.dryRunLarge()) {
				dryRun("large", "dry_run_100k", BenchOptions.LARGE);
			}
		}

		private void dryRun(String fileKey, String id, int rows) {
			GeneratedFile file = Benchmark.this.generated.get(fileKey);
			List<ImportRun> runs = new ArrayList<>();
			for (int run = 1; run <= Benchmark.this.options.dryRuns(); run++) {
				String name = String.format(Locale.ROOT, "dry run %,d rows, run %d", rows, run);
				ImportRun result = step(name, () -> this.imports.dryRun(file));
				if (result != null) {
					runs.add(result);
					log("%s: %.2f s, phases %s", name, result.seconds(), result.phases());
				}
			}
			if (!runs.isEmpty()) {
				add(Measurement
					.of(id, 5, String.format(Locale.ROOT, "Dry-run validation %,d rows, upload → validated", rows), "s",
							runs.stream().map(ImportRun::seconds).toList(), null)
					.with("rows_per_second", rows / Stats.median(runs.stream().map(ImportRun::seconds).toList()))
					.with("phases_first_run", runs.get(0).phases()));
			}
		}

		private void concurrentOrders() {
			List<OrderRow> rows = OrderCsvGenerator.firstRows(BenchOptions.SEED + 2, BenchOptions.SMALL, 2_000);
			List<Double> rates = new ArrayList<>();
			Map<String, Object> counts = new LinkedHashMap<>();
			for (int round = 1; round <= Benchmark.this.options.concurrentRounds(); round++) {
				String name = "8 concurrent clients, round " + round;
				SingleOrderBench.Concurrent result = step(name, () -> this.single.concurrent(rows, BenchOptions.CLIENTS,
						Benchmark.this.options.concurrentDuration()));
				if (result != null) {
					rates.add(result.ordersPerSecond());
					counts.put("round_" + round, result.orders() + " orders in " + ResultWriter.format(result.seconds())
							+ " s " + result.statuses());
					log("%s: %d orders in %.1f s = %.1f orders/s %s", name, result.orders(), result.seconds(),
							result.ordersPerSecond(), result.statuses());
				}
			}
			if (!rates.isEmpty()) {
				Measurement measurement = Measurement.of("single_orders_8_clients", 7,
						"POST /api/v1/orders with 8 concurrent clients", "orders/s", rates,
						Target.atLeast(100 / 60.0, "≥ 1.67 (spec NFR-001: 100/min)"));
				counts.forEach(measurement::with);
				add(measurement);
			}
		}

		private void isolationAndMemory() {
			boolean large = Benchmark.this.options.isolationRows() == BenchOptions.LARGE;
			GeneratedFile file = Benchmark.this.generated.get(large ? "large" : "small");
			String rows = String.format(Locale.ROOT, "%,d", file.rows());
			List<Long> ids = orderIds();
			SteadyReader.Result idleBefore = step("idle reads before the import", () -> idleWindow(ids));
			List<ImportRun> runs = new ArrayList<>();
			List<Double> compilerShares = new ArrayList<>();
			List<MemoryProbe.Result> memory = new ArrayList<>();
			SteadyReader.Result busy = null;
			SteadyReader.Result idleAfter = null;
			ImportRun carrier = null;
			for (int run = 0; run <= Benchmark.this.options.largeImportRuns(); run++) {
				boolean withReaders = run == 0;
				String name = "import " + rows + " rows" + (withReaders ? " with readers" : ", run " + (run + 1));
				SteadyReader reader = withReaders
						? new SteadyReader(this.platform.api, ids, Benchmark.this.options.readRate()) : null;
				MemoryProbe probe = this.platform.owned()
						? new MemoryProbe(this.platform.api, this.platform.order.pid(), this.platform.gcLog()) : null;
				if (reader != null) {
					reader.start();
				}
				if (probe != null) {
					probe.start();
				}
				ImportRun result = watched(name, file.rows(), this.cpu, compilerShares::add,
						() -> this.imports.importFile(file));
				if (reader != null) {
					busy = reader.stop();
				}
				if (probe != null) {
					memory.add(probe.stop());
				}
				if (result != null) {
					runs.add(result);
				}
				if (withReaders) {
					carrier = result;
					idleAfter = step("idle reads after the import", () -> idleWindow(ids));
				}
			}
			if (large && !runs.isEmpty()) {
				importMeasurement("import_100k", 1, "Bulk import 100,000 rows, upload → done", runs, BenchOptions.LARGE,
						Target.atMost(15, "≤ 15 s"))
					.with("note", "run 1 carried the readers of item 3 and the memory probe of item 4")
					.with("jit_compiler_share_runs", compilerShares);
				floorOf("import_100k", 1, "100,000 rows on SQLite", "large", runs, this.platform);
			}
			if (idleBefore != null && idleAfter != null && busy != null) {
				addIsolation(idleBefore, idleAfter, busy, rows, carrier);
			}
			if (!memory.isEmpty()) {
				addMemory(memory, rows);
			}
		}

		private List<Long> orderIds() {
			List<Long> ids = new ArrayList<>();
			this.platform.api.getOrder("/api/v1/orders?limit=100")
				.get("items")
				.forEach((order) -> ids.add(order.get("id").asLong()));
			if (ids.isEmpty()) {
				throw new IllegalStateException("No orders to read");
			}
			return ids;
		}

		/**
		 * Reads at the steady rate for the idle window. The windows before and after the
		 * import are pooled, so a drift of the machine's load during the run weighs on
		 * both sides of the comparison.
		 */
		private SteadyReader.Result idleWindow(List<Long> ids) {
			SteadyReader reader = new SteadyReader(this.platform.api, ids, Benchmark.this.options.readRate());
			reader.start();
			java.util.concurrent.locks.LockSupport.parkNanos(Benchmark.this.options.idleWindow().toNanos());
			return reader.stop();
		}

		private void addIsolation(SteadyReader.Result idleBefore, SteadyReader.Result idleAfter,
				SteadyReader.Result busy, String rows, ImportRun carrier) {
			SteadyReader.Result idle = idleBefore.plus(idleAfter);
			log("reads idle before: list %s, by id %s", idleBefore.list(), idleBefore.byId());
			log("reads idle after: list %s, by id %s", idleAfter.list(), idleAfter.byId());
			log("reads idle (pooled): list %s, by id %s, errors %d", idle.list(), idle.byId(), idle.errors());
			log("reads during import: list %s, by id %s, errors %d", busy.list(), busy.byId(), busy.errors());
			int rate = Benchmark.this.options.readRate();
			add(Measurement
				.of("read_list_p95_ratio", 3, "GET /api/v1/orders p95, during a " + rows + "-row import / idle", "×",
						List.of(busy.list().p95Ms() / idle.list().p95Ms()), Target.atMost(1.2, "≤ 1.2 (NFR-006)"))
				.with("idle", idle.list())
				.with("import", busy.list())
				.with("idle_before_p95_ms", idleBefore.list().p95Ms())
				.with("idle_after_p95_ms", idleAfter.list().p95Ms()));
			add(Measurement
				.of("read_by_id_p95_ratio", 3, "GET /api/v1/orders/{id} p95, during a " + rows + "-row import / idle",
						"×", List.of(busy.byId().p95Ms() / idle.byId().p95Ms()), Target.atMost(1.2, "≤ 1.2 (NFR-006)"))
				.with("idle", idle.byId())
				.with("import", busy.byId())
				.with("idle_before_p95_ms", idleBefore.byId().p95Ms())
				.with("idle_after_p95_ms", idleAfter.byId().p95Ms()));
			Measurement during = Measurement.of("read_p95_during_import_ms", 3,
					"Read p95 during the import (worse of the two endpoints)", "ms",
					List.of(Math.max(busy.list().p95Ms(), busy.byId().p95Ms())),
					Target.atMost(200, "< 200 ms (NFR-004)"));
			if (carrier != null) {
				// The import that carried the readers and the memory probe; not the one
				// measured against the floor.
				during.with("import_with_readers_seconds", carrier.seconds());
			}
			add(during.with("rate_per_second", rate)
				.with("idle_seconds", idle.seconds())
				.with("import_seconds", busy.seconds())
				.with("errors_idle", idle.errors())
				.with("errors_import", busy.errors()));
		}

		private void addMemory(List<MemoryProbe.Result> memory, String rows) {
			MemoryProbe.Result worst = memory.stream()
				.max(java.util.Comparator.comparingDouble(MemoryProbe.Result::peakHeapMib))
				.orElseThrow();
			log("memory: %s", worst);
			add(Measurement
				.of("order_heap_peak", 4, "Order service peak heap during a " + rows + "-row import (-Xmx256m)", "MiB",
						memory.stream().map(MemoryProbe.Result::peakHeapMib).toList(),
						Target.atMost(256, "≤ 256 MiB, run succeeds"))
				.with("sampled_heap_mib", worst.sampledHeapMib())
				.with("gc_log_heap_mib", worst.gcLogHeapMib())
				.with("heap_after_gc_mib", worst.heapAfterGcMib())
				.with("heap_committed_mib", worst.heapCommittedMib())
				.with("collections", worst.collections()));
			add(Measurement
				.of("order_rss_peak", 4, "Order service peak RSS (VmHWM) during the same import", "MiB",
						memory.stream().map(MemoryProbe.Result::peakRssMib).toList(), null)
				.with("exact_vmhwm", worst.rssPeakIsExact()));
		}

	}

	private Measurement importMeasurement(String id, int item, String name, List<ImportRun> runs, int rows,
			Target target) {
		List<Double> seconds = runs.stream().map(ImportRun::seconds).toList();
		List<Double> allRecorded = runs.stream().map(ImportRun::allRecordedSeconds).toList();
		Measurement measurement = Measurement.of(id + "_seconds", item, name, "s", seconds, target)
			.with("rows_per_second", rows / Stats.median(seconds))
			.with("server_seconds", Stats.median(runs.stream().map(ImportRun::serverSeconds).toList()))
			.with("phases_first_run", runs.get(0).phases());
		List<Double> validation = runs.stream()
			.filter((run) -> run.phases().containsKey("processing/importing"))
			.map((run) -> run.phases().get("processing/importing"))
			.toList();
		if (validation.size() == runs.size()) {
			double validated = Stats.median(validation);
			measurement.with("upload_and_validation_seconds", validated)
				.with("processing_seconds", Stats.median(seconds) - validated);
		}
		add(measurement);
		add(Measurement.of(id + "_rows_per_second", item, name.replace(", upload → done", ": rows/s"), "rows/s",
				seconds.stream().map((s) -> rows / s).toList(),
				Target.atLeast(rows / target.bound(), "≥ " + ResultWriter.format(rows / target.bound()))));
		add(Measurement.of(id + "_all_recorded_seconds", item,
				name.replace("upload → done", "upload → all payments recorded, all notifications queued"), "s",
				allRecorded, target));
		return measurement;
	}

	/**
	 * Remembers an import measurement whose floor is measured once its platform stopped,
	 * with what its first run left in the order service's database.
	 */
	private void floorOf(String id, int item, String label, String fileKey, List<ImportRun> runs,
			BenchPlatform platform) {
		step("count the rows of " + label, () -> {
			FloorBench.Imported imported = (platform.orderDatabase != null)
					? FloorBench.Imported.count(platform.orderDatabase, runs.get(0).job()) : null;
			this.floors.add(new FloorBench.Pending(id, item, label, this.generated.get(fileKey), runs, imported));
			return null;
		});
	}

	/**
	 * The floors of the imports of the platform that just stopped (so its services take
	 * no CPU from them), each floor measured this many times.
	 */
	private void floors(boolean postgres, int runs) {
		FloorBench bench = new FloorBench(this.options.root(), this.files, runs);
		for (FloorBench.Pending pending : this.floors) {
			step("floor of " + pending.label(), () -> {
				bench.measure(pending, postgres).forEach(this::add);
				return null;
			});
		}
		this.floors.clear();
	}

	private void add(Measurement measurement) {
		this.measurements.add(measurement);
	}

	private void generate(String key, int rows, long seed) {
		Path file = this.files.resolve("orders-" + rows + "-" + seed + ".csv");
		long start = System.nanoTime();
		GeneratedFile generated = OrderCsvGenerator.write(seed, rows, file);
		this.generated.put(key, generated);
		log("generated %s: %,d rows (%,d valid), %,d bytes, sha256 %s… in %.2f s", file.getFileName(), rows,
				generated.validRows(), generated.bytes(), generated.sha256().substring(0, 12),
				ImportBench.seconds(start));
	}

	/**
	 * Imports the 10,000-row file {@value BenchOptions#WARM_UP_IMPORTS} times,
	 * unmeasured, logging each import's CPU.
	 */
	private void warmUpImports(String name, ImportBench imports, ServiceCpu cpu) {
		for (int run = 1; run <= BenchOptions.WARM_UP_IMPORTS; run++) {
			watched(String.format(Locale.ROOT, "%s: 10,000 rows, %d of %d", name, run, BenchOptions.WARM_UP_IMPORTS),
					BenchOptions.SMALL, cpu, (share) -> {
					}, () -> imports.importFile(this.generated.get("small")));
		}
	}

	/**
	 * Runs an import as a step and logs it with the services' CPU beside it.
	 * @param compilerShare gets the JIT compilers' share of that CPU (nothing when it
	 * cannot be read)
	 * @return the import, {@code null} when it failed
	 */
	private ImportRun watched(String name, int rows, ServiceCpu cpu, DoubleConsumer compilerShare,
			Supplier<ImportRun> importing) {
		ServiceCpu.Usage before = cpu.now();
		ImportRun result = step(name, importing);
		ServiceCpu.Usage after = cpu.now();
		if (result != null) {
			logImport(name, rows, result);
			if (before != null && after != null) {
				ServiceCpu.Usage used = after.since(before);
				log("%s: the services used %s", name, used.describe());
				compilerShare.accept(Math.round(used.compilerShare() * 1000) / 1000.0);
			}
		}
		return result;
	}

	private void logImport(String name, int rows, ImportRun run) {
		log("%s: %.2f s (%,.0f rows/s), all payments and notifications %.2f s, phases %s", name, run.seconds(),
				rows / run.seconds(), run.allRecordedSeconds(), run.phases());
	}

	private <T> T step(String name, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (RuntimeException ex) {
			String failure = name + ": " + ex.getMessage();
			this.failures.add(failure);
			log("FAILED %s", failure);
			return null;
		}
	}

	static void log(String format, Object... args) {
		System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
	}

	static Path createDirectories(Path dir) {
		try {
			return Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

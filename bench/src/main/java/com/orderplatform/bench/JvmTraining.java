package com.orderplatform.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;

/**
 * The training run of the services' JVMs (JDK 25 and newer; JEP 483 and 515), the one
 * {@code ./oms run} ({@link TrainingMain}) and the bench share: a SQLite platform of its
 * own, on a throw-away data folder, whose JVMs record the classes they load and the
 * profiles of the methods they run while a canned workload runs, then a stop, during
 * which each JVM writes its AOT cache. Every later start of the same jars loads those
 * caches, so the platform a user runs and the platforms the bench measures start alike.
 * The workload mixes imports with single orders and reads, as a day's work does: profiles
 * that have seen only imports make the JIT compilers work again once single orders come
 * (bench/NOTES.md, "A training run with single orders mixed in"). Nothing is measured
 * here.
 */
final class JvmTraining {

	/** How many times each half of the training imports its 10,000-row file. */
	static final int IMPORTS = 2;

	/** The single orders of the first half and of the second. */
	static final int SINGLE_ORDERS_FIRST = 300;

	static final int SINGLE_ORDERS_SECOND = 100;

	/**
	 * The reads of each kind (a list, one order) of the first half; the second reads half
	 * as many.
	 */
	static final int READS = 200;

	/** What the training does, for the logs. */
	static final String WORKLOAD = String.format(Locale.ROOT,
			"a 1,000-row import, %d imports of 10,000 rows, a dry run, %d single orders, %d reads, "
					+ "%d imports, %d single orders, %d reads",
			IMPORTS, SINGLE_ORDERS_FIRST, 2 * READS, IMPORTS, SINGLE_ORDERS_SECOND, READS);

	private static final List<String> MODULES = List.of("order-service", "payment-service", "notification-service");

	private final Path root;

	private final Path logDir;

	private final Duration importTimeout;

	/**
	 * @param root the repository folder (the services' jars are under it)
	 * @param logDir where the services log
	 * @param importTimeout how long one import may take
	 */
	JvmTraining(Path root, Path logDir, Duration importTimeout) {
		this.root = root;
		this.logDir = logDir;
		this.importTimeout = importTimeout;
	}

	/**
	 * Whether a training run is needed: on JDK 25 and newer when a service has no AOT
	 * cache for its current jar (a cache lives as long as its jar's extraction).
	 * @return whether to {@link #run}
	 */
	boolean needed() {
		RunnableJars jars = new RunnableJars(this.root, this.logDir);
		return RunnableJars.aotCacheSupported() && !MODULES.stream().allMatch((module) -> {
			jars.extracted(module);
			return jars.hasAotCache(module);
		});
	}

	/**
	 * Runs the training platform and keeps the caches its JVMs write.
	 * @param small a file of {@value BenchOptions#WARM_UP} rows
	 * @param training a 10,000-row file that no measurement imports
	 * @param progress told what the training starts doing, step by step
	 * @return the services that have no cache afterwards (their recording was cut off)
	 */
	List<String> run(GeneratedFile small, GeneratedFile training, Consumer<String> progress) {
		RunnableJars jars = new RunnableJars(this.root, this.logDir);
		List<OrderRow> singles = OrderCsvGenerator.firstRows(BenchOptions.SEED + 1, BenchOptions.WARM_UP,
				SINGLE_ORDERS_FIRST + SINGLE_ORDERS_SECOND);
		try {
			workload(singles, small, training, progress);
		}
		catch (RuntimeException ex) {
			// a training cut short records what a real run would not do: no cache from it
			MODULES.forEach(jars::dropRecording);
			throw ex;
		}
		List<String> missing = new ArrayList<>();
		for (String module : MODULES) {
			if (!jars.keepRecording(module)) {
				missing.add(module);
			}
		}
		return missing;
	}

	private void workload(List<OrderRow> singles, GeneratedFile small, GeneratedFile training,
			Consumer<String> progress) {
		progress.accept("starting a platform whose JVMs record");
		try (BenchPlatform platform = BenchPlatform.training(this.root, this.logDir)) {
			ImportBench imports = new ImportBench(platform.api, this.importTimeout);
			SingleOrderBench orders = new SingleOrderBench(platform.api);
			progress.accept("a 1,000-row import");
			imports.importFile(small);
			importTrainingFile(imports, training, 1, progress);
			progress.accept("a dry run");
			imports.dryRun(small);
			progress.accept(SINGLE_ORDERS_FIRST + " single orders and " + 2 * READS + " reads");
			orders.oneByOne(singles.subList(0, SINGLE_ORDERS_FIRST));
			read(platform.api, READS);
			importTrainingFile(imports, training, IMPORTS + 1, progress);
			progress.accept(SINGLE_ORDERS_SECOND + " single orders and " + READS + " reads");
			orders.oneByOne(singles.subList(SINGLE_ORDERS_FIRST, singles.size()));
			read(platform.api, READS / 2);
			progress.accept("stopping: each JVM writes its AOT cache");
		}
	}

	/**
	 * Imports the training file {@value #IMPORTS} times, numbering the imports from
	 * {@code first}.
	 */
	private static void importTrainingFile(ImportBench imports, GeneratedFile training, int first,
			Consumer<String> progress) {
		for (int run = first; run < first + IMPORTS; run++) {
			progress.accept("a 10,000-row import (" + run + " of " + 2 * IMPORTS + ")");
			imports.importFile(training);
		}
	}

	/** Reads the first page of orders and one order, each {@code times} times. */
	private static void read(PlatformApi api, int times) {
		long anyOrder = api.getOrder("/api/v1/orders?limit=1").get("items").get(0).get("id").asLong();
		for (int i = 0; i < times; i++) {
			api.getOrder("/api/v1/orders?limit=20");
			api.getOrder("/api/v1/orders/" + anyOrder);
		}
	}

}

package com.orderplatform.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;

/**
 * The training run of the services' JVMs, as {@code ./oms run}'s first run of a build
 * (JDK 25 and newer; JEP 483 and 515): a SQLite platform whose JVMs record the classes
 * they load and the profiles of the methods they run, a workload like the bench's warm-up
 * on files of its own, then a stop, during which each JVM writes its AOT cache. The
 * platforms the bench measures start from those caches ({@link RunnableJars}), as a
 * deployment started from a trained build does. Nothing is measured here.
 */
final class JvmTraining {

	/** How many times the training imports its 10,000-row file. */
	static final int IMPORTS = 4;

	/** The single orders and the reads of each kind it sends. */
	static final int SINGLE_ORDERS = 20;

	static final int READS = 200;

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
	 * @return the services that have no cache afterwards (their recording was cut off)
	 */
	List<String> run(GeneratedFile small, GeneratedFile training) {
		RunnableJars jars = new RunnableJars(this.root, this.logDir);
		try (BenchPlatform platform = BenchPlatform.training(this.root, this.logDir)) {
			ImportBench imports = new ImportBench(platform.api, this.importTimeout);
			imports.importFile(small);
			for (int run = 0; run < IMPORTS; run++) {
				imports.importFile(training);
			}
			imports.dryRun(small);
			new SingleOrderBench(platform.api)
				.oneByOne(OrderCsvGenerator.firstRows(BenchOptions.SEED + 1, BenchOptions.WARM_UP, SINGLE_ORDERS));
			long anyOrder = platform.api.getOrder("/api/v1/orders?limit=1").get("items").get(0).get("id").asLong();
			for (int i = 0; i < READS; i++) {
				platform.api.getOrder("/api/v1/orders?limit=20");
				platform.api.getOrder("/api/v1/orders/" + anyOrder);
			}
		}
		List<String> missing = new ArrayList<>();
		for (String module : MODULES) {
			if (!jars.keepRecording(module)) {
				missing.add(module);
			}
		}
		return missing;
	}

}

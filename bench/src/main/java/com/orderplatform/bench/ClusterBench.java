package com.orderplatform.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.orderplatform.bench.ImportBench.ImportRun;
import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;
import com.orderplatform.cluster.LocalCluster;

/**
 * The imports on a cluster ({@code --cluster}): the cluster module's {@link LocalCluster}
 * (two instances of each service on one PostgreSQL server, uploads in S3Proxy, nginx in
 * front of each service) on free ports, measured exactly as the single node is
 * ({@link ImportBench}), every request through the balancers. A warm-up import, then the
 * 10,000-row file as many times as the PostgreSQL runs (at least once) and the
 * 100,000-row file once.
 */
final class ClusterBench {

	private final BenchOptions options;

	private final Path runDir;

	ClusterBench(BenchOptions options, Path runDir) {
		this.options = options;
		this.runDir = runDir;
	}

	/**
	 * Starts the cluster, imports and stops it.
	 * @param warmUp the warm-up file
	 * @param small the 10,000-row file
	 * @param large the 100,000-row file
	 * @param log how each measured import is logged
	 * @return the measured imports
	 */
	Runs run(GeneratedFile warmUp, GeneratedFile small, GeneratedFile large, RunLog log) {
		long start = System.nanoTime();
		try (LocalCluster cluster = LocalCluster.builder(this.runDir)
			.freePorts()
			.jars((module) -> new RunnableJars(this.options.root(), this.runDir.resolve("logs")).extracted(module),
					"build first (./oms bench builds)")
			.environment(Map.of("OMS_ADMIN_PASSWORD", BenchPlatform.ADMIN_PASSWORD))
			.jvmOptions(List.of(BenchPlatform.ORDER_HEAP))
			.keepRunDirWhen(() -> false)
			.start()) {
			Benchmark.log("cluster started (2 x 3 instances, PostgreSQL, S3Proxy, nginx) in %.1f s",
					ImportBench.seconds(start));
			PlatformApi api = new PlatformApi(cluster.balancer("order"), cluster.balancer("payment"),
					cluster.balancer("notification"));
			api.login("admin", BenchPlatform.ADMIN_PASSWORD);
			ImportBench imports = new ImportBench(api, this.options.importTimeout());
			imports.importFile(warmUp);
			List<ImportRun> smallRuns = new ArrayList<>();
			for (int run = 1; run <= Math.max(1, this.options.postgresRuns()); run++) {
				ImportRun result = imports.importFile(small);
				log.imported("cluster import 10,000 rows, run " + run, BenchOptions.SMALL, result);
				smallRuns.add(result);
			}
			ImportRun largeRun = imports.importFile(large);
			log.imported("cluster import 100,000 rows", BenchOptions.LARGE, largeRun);
			return new Runs(smallRuns, List.of(largeRun));
		}
	}

	/**
	 * The measured imports.
	 *
	 * @param small the 10,000-row runs
	 * @param large the 100,000-row run
	 */
	record Runs(List<ImportRun> small, List<ImportRun> large) {
	}

	/** Logs one measured import. */
	@FunctionalInterface
	interface RunLog {

		void imported(String name, int rows, ImportRun run);

	}

}

package com.orderplatform.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one benchmark run does: the mode's sizes and repetitions, and where things are.
 *
 * @param mode {@code quick} or {@code full}
 * @param importRuns measured 10,000-row imports (SQLite)
 * @param oneByOneSample orders placed one by one (extrapolated to 10,000)
 * @param isolationRows the import run while the readers measure (100,000 in full mode)
 * @param largeImportRuns further 100,000-row imports after the isolation one (0 in quick
 * mode, which has no 100,000-row file)
 * @param dryRuns dry runs per file size
 * @param dryRunLarge whether the 100,000-row file is dry-run too
 * @param idleWindow how long the readers measure the idle service
 * @param readRate read requests per second (both endpoints together)
 * @param concurrentRounds rounds of 8 concurrent clients
 * @param concurrentDuration how long each round lasts
 * @param postgresRuns 10,000-row imports against PostgreSQL (0 to skip)
 * @param postgresLargeRuns 100,000-row imports against PostgreSQL (full: 1, quick: 0;
 * {@code --postgres-large-runs=N})
 * @param importTimeout how long one import may take before the run fails
 * @param root the repository folder (service jars under it)
 * @param resultsDir where results go
 * @param publish whether BENCHMARKS.md is written at the repository root
 * @param external the order, payment and notification service URLs when the services are
 * already running ({@code null} to start them)
 * @param data the figures and export measurements (issue #17)
 * @param cluster whether the 10,000 and 100,000-row imports run again on a local cluster
 * (two instances of each service on PostgreSQL behind nginx, {@code --cluster})
 * @param profile whether the services started by the benchmark record a Java Flight
 * Recording ({@code --profile}), written to {@code bench/results/work/profile/}
 * @param millionNotify {@code null}, or the {@code notify} of the 1,000,000-row import
 * when only it runs ({@code --million}, {@link MillionBench}; {@code per_order} unless
 * {@code --million-notify=MODE})
 */
record BenchOptions(String mode, int importRuns, int oneByOneSample, int isolationRows, int largeImportRuns,
		int dryRuns, boolean dryRunLarge, Duration idleWindow, int readRate, int concurrentRounds,
		Duration concurrentDuration, int postgresRuns, int postgresLargeRuns, Duration importTimeout, Path root,
		Path resultsDir, boolean publish, URI[] external, DataOptions data, boolean cluster, boolean profile,
		String millionNotify) {

	static final long SEED = 20261124L;

	static final int SMALL = 10_000;

	static final int LARGE = 100_000;

	static final int WARM_UP = 1_000;

	/**
	 * How often the 10,000-row file is imported, unmeasured, before the measured imports
	 * of a platform: after one, the JIT compilers still used about 30% of the services'
	 * CPU per import ({@link ServiceCpu}).
	 */
	static final int WARM_UP_IMPORTS = 6;

	static final int CLIENTS = 8;

	/**
	 * The everyday mode: 10,000 rows only, each measurement once, about a minute and a
	 * half when the import meets its targets.
	 * @param root the repository folder
	 * @return the options
	 */
	static BenchOptions quick(Path root) {
		return new BenchOptions("quick", 1, 100, SMALL, 0, 1, false, Duration.ofSeconds(5), 20, 1,
				Duration.ofSeconds(5), 0, 0, Duration.ofMinutes(10), root, root.resolve("bench/results"), false, null,
				DataOptions.quick(), false, false, null);
	}

	/**
	 * Every measurement of the issue: 10,000 and 100,000 rows, medians of several runs,
	 * PostgreSQL too. Writes BENCHMARKS.md.
	 * @param root the repository folder
	 * @return the options
	 */
	static BenchOptions full(Path root) {
		return new BenchOptions("full", 3, 1_000, LARGE, 0, 3, true, Duration.ofSeconds(30), 20, 3,
				Duration.ofSeconds(10), 3, 1, Duration.ofMinutes(20), root, root.resolve("bench/results"), true, null,
				DataOptions.full(), false, false, null);
	}

	BenchOptions withExternal(URI[] services) {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, 0, 0, this.importTimeout, this.root, this.resultsDir,
				this.publish, services, this.data, this.cluster, this.profile, this.millionNotify);
	}

	BenchOptions withPublish(boolean publish) {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, this.postgresLargeRuns,
				this.importTimeout, this.root, this.resultsDir, publish, this.external, this.data, this.cluster,
				this.profile, this.millionNotify);
	}

	BenchOptions withLargeImportRuns(int runs) {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows, runs, this.dryRuns,
				this.dryRunLarge, this.idleWindow, this.readRate, this.concurrentRounds, this.concurrentDuration,
				this.postgresRuns, this.postgresLargeRuns, this.importTimeout, this.root, this.resultsDir, this.publish,
				this.external, this.data, this.cluster, this.profile, this.millionNotify);
	}

	/**
	 * Only the figures and export measurements ({@code --only=data}); BENCHMARKS.md,
	 * which holds a whole run, is not written.
	 * @return the options
	 */
	BenchOptions withOnlyData() {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, this.postgresLargeRuns,
				this.importTimeout, this.root, this.resultsDir, false, this.external, this.data.onlyThese(),
				this.cluster, this.profile, this.millionNotify);
	}

	/**
	 * Only the 1,000,000-row import, its pages and its floor ({@code --million},
	 * {@link MillionBench}), with an hour for the import; BENCHMARKS.md, which holds a
	 * whole run, is not written.
	 * @param notify the import's {@code notify}: {@code per_order} (as every other import
	 * of the benchmark), {@code summary} or {@code none}
	 * @return the options
	 */
	BenchOptions withMillion(String notify) {
		if (!List.of("per_order", "summary", "none").contains(notify)) {
			throw new IllegalArgumentException("--million-notify must be per_order, summary or none");
		}
		return new BenchOptions("million", this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, this.postgresLargeRuns,
				Duration.ofMinutes(60), this.root, this.resultsDir, million() && this.publish, this.external, this.data,
				this.cluster, this.profile, notify);
	}

	/**
	 * Whether only the 1,000,000-row import runs ({@code --million}).
	 * @return whether it does
	 */
	boolean million() {
		return this.millionNotify != null;
	}

	/**
	 * With the cluster measurements ({@code --cluster}).
	 * @return the options
	 */
	BenchOptions withCluster() {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, this.postgresLargeRuns,
				this.importTimeout, this.root, this.resultsDir, this.publish, this.external, this.data, true,
				this.profile, this.millionNotify);
	}

	/**
	 * With a Java Flight Recording of every service the benchmark starts
	 * ({@code --profile}).
	 * @return the options
	 */
	BenchOptions withProfile() {
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, this.postgresLargeRuns,
				this.importTimeout, this.root, this.resultsDir, this.publish, this.external, this.data, this.cluster,
				true, this.millionNotify);
	}

	/**
	 * With this many 10,000-row imports on PostgreSQL ({@code --postgres-runs=N}; 3 in
	 * full mode, 0 in quick mode unless set; always 0 for services already running).
	 * @param runs the runs
	 * @return the options
	 */
	BenchOptions withPostgresRuns(int runs) {
		if (runs < 0) {
			throw new IllegalArgumentException("--postgres-runs must be 0 or more");
		}
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, (this.external != null) ? 0 : runs,
				this.postgresLargeRuns, this.importTimeout, this.root, this.resultsDir, this.publish, this.external,
				this.data, this.cluster, this.profile, this.millionNotify);
	}

	/**
	 * With this many 100,000-row imports on PostgreSQL ({@code --postgres-large-runs=N};
	 * 1 in full mode, 0 in quick mode unless set; always 0 for services already running).
	 * @param runs the runs
	 * @return the options
	 */
	BenchOptions withPostgresLargeRuns(int runs) {
		if (runs < 0) {
			throw new IllegalArgumentException("--postgres-large-runs must be 0 or more");
		}
		return new BenchOptions(this.mode, this.importRuns, this.oneByOneSample, this.isolationRows,
				this.largeImportRuns, this.dryRuns, this.dryRunLarge, this.idleWindow, this.readRate,
				this.concurrentRounds, this.concurrentDuration, this.postgresRuns, (this.external != null) ? 0 : runs,
				this.importTimeout, this.root, this.resultsDir, this.publish, this.external, this.data, this.cluster,
				this.profile, this.millionNotify);
	}

	/**
	 * Whether the PostgreSQL platform is started for imports.
	 * @return whether any PostgreSQL import is measured
	 */
	boolean postgresImports() {
		return this.postgresRuns > 0 || this.postgresLargeRuns > 0;
	}

}

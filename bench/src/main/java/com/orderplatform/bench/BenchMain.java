package com.orderplatform.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./oms bench [--quick|--full] [options]}: runs the benchmark, writes the results
 * and prints a one-line summary. Exits 1 when a run failed (a missed target is not a
 * failure), 2 for a wrong argument.
 */
public final class BenchMain {

	private static final String USAGE = """
			usage: ./oms bench [--quick | --full] [--publish | --no-publish] [--large-runs=N] [--only=data] [--cluster]
			                   [--postgres-runs=N] [--postgres-large-runs=N] [--million [--million-notify=MODE]] [--profile]
			                   [--root=DIR] [--services=ORDER_URL,PAYMENT_URL,NOTIFICATION_URL]
			  --quick       10,000 rows, each measurement once (default; a few minutes): a clean import (its floor),
			                then the readers and the memory probe around a second one
			  --full        10,000 and 100,000 rows, medians of several runs, PostgreSQL too; writes BENCHMARKS.md
			  --publish     write BENCHMARKS.md at the repository root (default in --full)
			  --publish-from=FILE  only write BENCHMARKS.md from a results JSON and bench/NOTES.md
			  --large-runs  further 100,000-row imports after the one measured with readers (full; default 0)
			  --only=data   only the figures and the export over many orders loaded into the database
			                (full: 1,000,000 orders, SQLite and PostgreSQL; quick: 20,000, SQLite); writes no
			                BENCHMARKS.md unless --publish
			  --cluster     also the 10,000 and 100,000-row imports through nginx on a local cluster (two
			                instances of each service on PostgreSQL and S3; module cluster; needs nginx)
			  --postgres-runs=N  10,000-row imports on PostgreSQL (full: 3; quick: 0 unless set)
			  --postgres-large-runs=N  100,000-row imports on PostgreSQL (full: 1; quick: 0 unless set)
			  --million     only a 1,000,000-row import on a fresh SQLite platform (OMS_IMPORT_MAX_ROWS raised), its
			                memory, the job's pages at that size and its floor; writes no BENCHMARKS.md unless --publish
			  --million-notify=MODE  that import's notify: per_order (default, as every import here), summary or none
			  --profile     record a Java Flight Recording (settings=profile) of every service the benchmark
			                starts, into bench/results/work/profile/<platform>-<service>.jfr
			  --services    measure services already running (admin from OMS_ADMIN_USERNAME / OMS_ADMIN_PASSWORD);
			                memory and PostgreSQL are then skipped
			""";

	private BenchMain() {
	}

	public static void main(String[] args) {
		BenchOptions options;
		try {
			options = parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println("bench: " + ex.getMessage());
			System.err.print(USAGE);
			System.exit(2);
			return;
		}
		if (publishFrom(args, options)) {
			return;
		}
		Path work = Benchmark.createDirectories(options.resultsDir().resolve("work"));
		BenchReport report = new Benchmark(options, work).run();
		Path json = ResultWriter.write(report, options.resultsDir());
		if (options.publish()) {
			Path benchmarks = options.root().resolve("BENCHMARKS.md");
			ResultWriter.write(benchmarks, ResultWriter.toMarkdown(report, notes(options.root())));
			Benchmark.log("wrote %s", benchmarks);
		}
		Benchmark.log("results: %s and %s", json, options.resultsDir().resolve("latest.md"));
		System.out.println(ResultWriter.summary(report, json));
		System.exit(report.succeeded() ? 0 : 1);
	}

	/**
	 * {@code --publish-from=FILE}: writes BENCHMARKS.md from a results JSON (with the
	 * current notes) without running anything, e.g. after the notes were edited.
	 */
	private static boolean publishFrom(String[] args, BenchOptions options) {
		for (String arg : args) {
			if (arg.startsWith("--publish-from=")) {
				Path json = Path.of(arg.substring("--publish-from=".length())).toAbsolutePath();
				BenchReport report = ResultWriter.read(json);
				Path benchmarks = options.root().resolve("BENCHMARKS.md");
				ResultWriter.write(benchmarks, ResultWriter.toMarkdown(report, notes(options.root())));
				Benchmark.log("wrote %s from %s", benchmarks, json);
				return true;
			}
		}
		return false;
	}

	static BenchOptions parse(String[] args) {
		Path root = Path.of("").toAbsolutePath();
		for (String arg : args) {
			if (arg.startsWith("--root=")) {
				root = Path.of(arg.substring("--root=".length())).toAbsolutePath();
			}
		}
		BenchOptions options = BenchOptions.quick(root);
		for (String arg : args) {
			if (arg.equals("--quick")) {
				options = BenchOptions.quick(root);
			}
			else if (arg.equals("--full")) {
				options = BenchOptions.full(root);
			}
		}
		for (String arg : args) {
			if (arg.equals("--only=data")) {
				options = options.withOnlyData();
			}
			else if (arg.equals("--million")) {
				options = options.withMillion("per_order");
			}
		}
		for (String arg : args) {
			if (arg.equals("--quick") || arg.equals("--full") || arg.startsWith("--root=")
					|| arg.startsWith("--publish-from=") || arg.equals("--only=data") || arg.equals("--million")) {
				continue;
			}
			if (arg.equals("--publish") || arg.equals("--no-publish")) {
				options = options.withPublish(arg.equals("--publish"));
			}
			else if (arg.equals("--cluster")) {
				options = options.withCluster();
			}
			else if (arg.equals("--profile")) {
				options = options.withProfile();
			}
			else if (arg.startsWith("--postgres-runs=")) {
				options = options.withPostgresRuns(Integer.parseInt(arg.substring("--postgres-runs=".length())));
			}
			else if (arg.startsWith("--million-notify=")) {
				if (!options.million()) {
					throw new IllegalArgumentException("--million-notify needs --million");
				}
				options = options.withMillion(arg.substring("--million-notify=".length()));
			}
			else if (arg.startsWith("--postgres-large-runs=")) {
				options = options
					.withPostgresLargeRuns(Integer.parseInt(arg.substring("--postgres-large-runs=".length())));
			}
			else if (arg.startsWith("--large-runs=")) {
				options = options.withLargeImportRuns(Integer.parseInt(arg.substring("--large-runs=".length())));
			}
			else if (arg.startsWith("--services=")) {
				String[] urls = arg.substring("--services=".length()).split(",");
				if (urls.length != 3) {
					throw new IllegalArgumentException("--services needs three URLs: order, payment, notification");
				}
				options = options
					.withExternal(new URI[] { URI.create(urls[0]), URI.create(urls[1]), URI.create(urls[2]) });
			}
			else {
				throw new IllegalArgumentException("unknown argument '" + arg + "'");
			}
		}
		return options;
	}

	private static String notes(Path root) {
		Path notes = root.resolve("bench/NOTES.md");
		try {
			return Files.exists(notes) ? Files.readString(notes, StandardCharsets.UTF_8) : "";
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

}

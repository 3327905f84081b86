package com.orderplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.orderplatform.bench.ImportBench.ImportRun;
import com.orderplatform.bench.OrderCsvGenerator.GeneratedFile;

/**
 * Puts each measured import beside its floor (issue #14): after a platform's imports,
 * {@link ImportFloor} writes the same file {@value #RUNS} times (unless told otherwise)
 * into fresh databases of the same kind, and the import's time is reported as a multiple
 * of the floor's median ({@code <id>_x_floor}, target ≤ 3, reported, not asserted). The
 * floor must write as many orders and items as the import left in the service's database,
 * or the run fails.
 */
final class FloorBench {

	/**
	 * Floor runs per import measurement unless told (each a second or so at 10,000 rows).
	 */
	static final int RUNS = 3;

	/** The ratio the issue aims for. */
	static final Target TARGET = Target.atMost(3, "≤ 3 × floor (issue #14)");

	private final Path root;

	private final Path work;

	private final int runs;

	private int sqliteRuns;

	FloorBench(Path root, Path work) {
		this(root, work, RUNS);
	}

	/**
	 * A floor measured a given number of times per import (one for a 1,000,000-row file).
	 * @param root the repository folder
	 * @param work where the floor's SQLite files go
	 * @param runs floor runs per import, at least one
	 */
	FloorBench(Path root, Path work, int runs) {
		if (runs < 1) {
			throw new IllegalArgumentException("A floor needs at least one run");
		}
		this.root = root;
		this.work = work;
		this.runs = runs;
	}

	/**
	 * What an import left in the order service's database.
	 *
	 * @param orders the job's orders
	 * @param items their items
	 * @param history their status history rows
	 */
	record Imported(long orders, long items, long history) {

		/**
		 * Counts a job's rows.
		 * @param orderDatabase the order service's JDBC URL (user and password
		 * {@code postgres} on PostgreSQL)
		 * @param job the import's job id (the orders' batch id)
		 * @return the counts
		 */
		static Imported count(String orderDatabase, String job) {
			try (Connection connection = orderDatabase.startsWith("jdbc:sqlite:")
					? DriverManager.getConnection(orderDatabase)
					: DriverManager.getConnection(orderDatabase, "postgres", "postgres")) {
				return new Imported(count(connection, "SELECT COUNT(*) FROM orders WHERE batch_id = ?", job),
						count(connection,
								"SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id"
										+ " WHERE o.batch_id = ?",
								job),
						count(connection,
								"SELECT COUNT(*) FROM order_status_history h JOIN orders o ON o.id = h.order_id"
										+ " WHERE o.batch_id = ?",
								job));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Cannot count import " + job + "'s rows: " + ex.getMessage(), ex);
			}
		}

		private static long count(Connection connection, String sql, String job) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, job);
				try (ResultSet rs = statement.executeQuery()) {
					rs.next();
					return rs.getLong(1);
				}
			}
		}

	}

	/**
	 * An import measurement waiting for its floor.
	 *
	 * @param id the import measurement's id ({@code import_10k}, …)
	 * @param item its item number
	 * @param label what was imported, in words
	 * @param file the file
	 * @param runs the import's runs
	 * @param imported what its first run left in the order database, {@code null} for
	 * services already running
	 */
	record Pending(String id, int item, String label, GeneratedFile file, List<ImportRun> runs, Imported imported) {
	}

	/**
	 * Measures the floor of an import and adds the floor and the ratio.
	 * @param pending the import
	 * @param postgres whether the import ran on PostgreSQL
	 * @return the measurements: the floor's seconds and the import as a multiple of it
	 */
	List<Measurement> measure(Pending pending, boolean postgres) {
		List<ImportFloor.Run> runs = new ArrayList<>();
		for (int run = 1; run <= this.runs; run++) {
			ImportFloor.Databases databases = postgres ? ImportFloor.Databases.postgres(this.root)
					: ImportFloor.Databases.sqlite(this.root, this.work.resolve("floor-" + (++this.sqliteRuns)));
			ImportFloor.Run result;
			try {
				result = ImportFloor.run(pending.file().path(), "floor-" + pending.id(), databases);
			}
			finally {
				if (!postgres) {
					deleteSqliteFiles(this.work.resolve("floor-" + this.sqliteRuns));
				}
			}
			check(pending, result);
			Benchmark.log(
					"floor of %s, run %d: %.2f s (%,.0f rows/s; %,d orders, %,d items, %,d history rows, "
							+ "%,d payments, %,d notifications)",
					pending.label(), run, result.seconds(), result.rows() / result.seconds(), result.orders(),
					result.items(), result.history(), result.payments(), result.notifications());
			runs.add(result);
		}
		List<Double> floorSeconds = runs.stream().map(ImportFloor.Run::seconds).toList();
		double floor = Stats.median(floorSeconds);
		ImportFloor.Run first = runs.get(0);
		Measurement floorMeasurement = Measurement
			.of(pending.id() + "_floor_seconds", pending.item(),
					"Floor of the " + pending.label() + ": FastCSV + batched JDBC, one writer per database", "s",
					floorSeconds, null)
			.with("rows_per_second", first.rows() / floor)
			.with("orders", first.orders())
			.with("items", first.items())
			.with("history_rows", first.history())
			.with("payments", first.payments())
			.with("notifications", first.notifications());
		List<Double> importSeconds = pending.runs().stream().map(ImportRun::seconds).toList();
		Measurement ratio = Measurement
			.of(pending.id() + "_x_floor", pending.item(), "Bulk import " + pending.label() + " / its floor", "×",
					importSeconds.stream().map((seconds) -> seconds / floor).toList(), TARGET)
			.with("import_seconds", Stats.median(importSeconds))
			.with("floor_seconds", floor)
			.with("all_recorded_x_floor",
					Stats.median(pending.runs().stream().map(ImportRun::allRecordedSeconds).toList()) / floor);
		if (pending.imported() != null) {
			ratio.with("import_history_rows", pending.imported().history()).with("floor_history_rows", first.history());
		}
		Benchmark.log("%s: import %.2f s = %.1f × its floor %.2f s", pending.label(), Stats.median(importSeconds),
				ratio.value(), floor);
		return List.of(floorMeasurement, ratio);
	}

	private static void deleteSqliteFiles(Path dir) {
		try (var files = Files.list(dir)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
			Files.delete(dir);
		}
		catch (IOException ex) {
			Benchmark.log("could not delete the floor's files in %s: %s", dir, ex.getMessage());
		}
	}

	/**
	 * The floor writes what the import wrote: the file's valid rows as orders and items
	 * (and, if known, as many as the import left in its database).
	 */
	private static void check(Pending pending, ImportFloor.Run run) {
		long valid = pending.file().validRows();
		List<String> wrong = new ArrayList<>();
		if (run.orders() != valid || run.payments() != valid || run.notifications() != valid) {
			wrong.add(String.format(Locale.ROOT, "%d orders, %d payments, %d notifications for %d valid rows",
					run.orders(), run.payments(), run.notifications(), valid));
		}
		Imported imported = pending.imported();
		if (imported != null && (imported.orders() != run.orders() || imported.items() != run.items())) {
			wrong.add(String.format(Locale.ROOT, "%d orders and %d items where the import left %d and %d", run.orders(),
					run.items(), imported.orders(), imported.items()));
		}
		if (!wrong.isEmpty()) {
			throw new IllegalStateException(
					"The floor of the " + pending.label() + " wrote " + String.join("; ", wrong));
		}
	}

}

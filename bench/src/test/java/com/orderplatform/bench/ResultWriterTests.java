package com.orderplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ResultWriterTests {

	@TempDir
	Path dir;

	private final BenchReport report = new BenchReport("quick", Instant.parse("2026-11-24T10:05:00Z"), 42.5,
			new BenchReport.Machine(2, "AMD EPYC", 24_000, "Linux 6.1", "Eclipse Adoptium 25", 3.25, "abc1234"),
			List.of(Measurement
				.of("import_10k_seconds", 1, "Bulk import 10,000 rows", "s", List.of(3.0, 1.0, 2.0),
						Target.atMost(2, "≤ 2 s"))
				.with("rows_per_second", 5000.0),
					Measurement.of("single_orders_8_clients", 7, "8 clients", "orders/s", List.of(1.0),
							Target.atLeast(1.67, "≥ 1.67")),
					Measurement.of("dry_run_10k_seconds", 5, "Dry run", "s", List.of(0.5), null)),
			List.of());

	@Test
	void jsonHasTheMachineAndEveryMeasurementInSnakeCase() {
		JsonNode json = ResultWriter.JSON.readTree(ResultWriter.toJson(this.report));

		assertThat(json.get("mode").asString()).isEqualTo("quick");
		assertThat(json.get("started_at").asString()).isEqualTo("2026-11-24T10:05:00Z");
		assertThat(json.get("machine").get("cores").asInt()).isEqualTo(2);
		assertThat(json.get("machine").get("load_average").asDouble()).isEqualTo(3.25);
		JsonNode first = json.get("measurements").get(0);
		assertThat(first.get("id").asString()).isEqualTo("import_10k_seconds");
		assertThat(first.get("value").asDouble()).isEqualTo(2.0);
		assertThat(first.get("runs")).hasSize(3);
		assertThat(first.get("target").asString()).isEqualTo("≤ 2 s");
		assertThat(first.get("met").asBoolean()).isTrue();
		assertThat(first.get("details").get("rows_per_second").asDouble()).isEqualTo(5000.0);
		assertThat(json.get("measurements").get(1).get("met").asBoolean()).isFalse();
		assertThat(json.get("measurements").get(2).get("met").isNull()).isTrue();
		assertThat(json.get("failures")).isEmpty();
	}

	@Test
	void markdownTableShowsMedianRunsTargetAndWhetherItWasMet() {
		String markdown = ResultWriter.toMarkdown(this.report, "Ran on a shared machine.");

		assertThat(markdown).contains("| 1 | Bulk import 10,000 rows | 2.00 s | 3.00, 1.00, 2.00 | ≤ 2 s | yes |\n")
			.contains("| 7 | 8 clients | 1.00 orders/s | 1.00 | ≥ 1.67 | **no** |\n")
			.contains("| 5 | Dry run | 0.50 s | 0.50 | – | – |\n")
			.contains("- Date: 2026-11-24T10:05:00Z, run took 42.5 s\n")
			.contains("- Machine: 2 cores, AMD EPYC, 23.4 GiB, Linux 6.1; load average at start 3.25\n")
			.contains("- `import_10k_seconds`: rows_per_second 5,000\n")
			.endsWith("## Notes\n\nRan on a shared machine.\n");
	}

	@Test
	void markdownPutsEachImportBesideItsFloor() {
		BenchReport withFloor = new BenchReport("quick", this.report.startedAt(), 60, this.report.machine(),
				List.of(Measurement.of("import_10k_floor_seconds", 1, "Floor of the 10,000 rows on SQLite", "s",
						List.of(0.5, 0.4, 0.6), null),
						Measurement.of("import_10k_x_floor", 1, "Bulk import 10,000 rows on SQLite / its floor", "×",
								List.of(4.4), FloorBench.TARGET)
							.with("import_seconds", 2.2)
							.with("floor_seconds", 0.5),
						Measurement
							.of("import_10k_postgres_x_floor", 6, "Bulk import 10,000 rows on PostgreSQL / its floor",
									"×", List.of(2.5), FloorBench.TARGET)
							.with("import_seconds", 5.0)
							.with("floor_seconds", 2.0)),
				List.of());

		String markdown = ResultWriter.toMarkdown(withFloor, "");
		String read = ResultWriter.toMarkdown(ResultWriter.read(ResultWriter.write(withFloor, this.dir)), "");

		assertThat(markdown).contains("## The import against its floor (issue #14)\n")
			.contains("| 10,000 rows on SQLite | 2.20 s | 0.50 s | 4.40 × | ≤ 3 × floor (issue #14) | **no** |\n")
			.contains("| 10,000 rows on PostgreSQL | 5.00 s | 2.00 s | 2.50 × | ≤ 3 × floor (issue #14) | yes |\n");
		assertThat(read).isEqualTo(markdown);
		assertThat(ResultWriter.toMarkdown(this.report, "")).doesNotContain("against its floor");
	}

	@Test
	void markdownShowsTheLargeImportsBesideTheirFloorsAndTheMillionRowsMemoryAndPages() {
		BenchReport million = new BenchReport("million", this.report.startedAt(), 900, this.report.machine(), List.of(
				Measurement
					.of("import_100k_postgres_x_floor", 6, "Bulk import 100,000 rows on PostgreSQL / its floor", "×",
							List.of(6.0), FloorBench.TARGET)
					.with("import_seconds", 60.0)
					.with("floor_seconds", 10.0),
				Measurement
					.of("import_1m_x_floor", 1, "Bulk import 1,000,000 rows on SQLite / its floor", "×", List.of(12.5),
							FloorBench.TARGET)
					.with("import_seconds", 500.0)
					.with("floor_seconds", 40.0),
				Measurement.of("import_1m_heap_after_gc_mib", 4, "Heap after GC", "MiB", List.of(61.0), null)
					.with("heap_after_gc_by_tenth_mib",
							java.util.Arrays.asList(40.0, 52.5, null, 61.0, 60.0, 58.0, 59.0, 60.0, 61.0, 60.0)),
				Measurement
					.of("import_1m_page_errors_last_p95_ms", 4,
							"GET /api/v1/imports/{id}/errors?limit=100&skip=29900 p95 after the 1,000,000-row import",
							"ms", List.of(250.0), MillionBench.PAGE_TARGET)
					.with("p50_ms", 180.0),
				Measurement
					.of("import_1m_page_job_p95_ms", 4, "GET /api/v1/imports/{id} p95 after the 1,000,000-row import",
							"ms", List.of(12.0), MillionBench.PAGE_TARGET)
					.with("p50_ms", 8.5)),
				List.of());

		String markdown = ResultWriter.toMarkdown(million, "");
		String read = ResultWriter.toMarkdown(ResultWriter.read(ResultWriter.write(million, this.dir)), "");

		assertThat(markdown)
			.contains("| 100,000 rows on PostgreSQL | 60.0 s | 10.0 s | 6.00 × | ≤ 3 × floor (issue #14) | **no** |\n")
			.contains("| 1,000,000 rows on SQLite | 500 s | 40.0 s | 12.5 × | ≤ 3 × floor (issue #14) | **no** |\n")
			.contains("## 1,000,000 rows (issue #14)\n")
			.contains("(MiB; flat figures: the import keeps no more alive as the file goes on): "
					+ "40.0, 52.5, –, 61.0, 60.0, 58.0, 59.0, 60.0, 61.0, 60.0\n")
			.contains("| GET /api/v1/imports/{id}/errors?limit=100&skip=29900 | 180 ms | 250 ms | < 200 ms (issue #14)"
					+ " | **no** |\n")
			.contains("| GET /api/v1/imports/{id} | 8.50 ms | 12.0 ms | < 200 ms (issue #14) | yes |\n");
		assertThat(read).isEqualTo(markdown);
		assertThat(ResultWriter.toMarkdown(this.report, "")).doesNotContain("1,000,000 rows (issue #14)");
	}

	@Test
	void summaryIsOneLineNamingMissedTargets() {
		String line = ResultWriter.summary(this.report, Path.of("bench/results/x.json"));

		assertThat(line).isEqualTo("bench quick ok: import_10k_seconds=2.00 single_orders_8_clients=1.00(missed) "
				+ "dry_run_10k_seconds=0.50 -> bench/results/x.json");
	}

	@Test
	void aFailedRunSaysSoInTheSummaryAndTheTable() {
		BenchReport failed = new BenchReport("full", this.report.startedAt(), 1, this.report.machine(), List.of(),
				List.of("import 10,000 rows, run 1: order-service died"));

		assertThat(failed.succeeded()).isFalse();
		assertThat(ResultWriter.summary(failed, Path.of("r.json"))).startsWith("bench full FAILED: ");
		assertThat(ResultWriter.toMarkdown(failed, ""))
			.contains("- Result: FAILED: import 10,000 rows, run 1: order-service died\n")
			.doesNotContain("## Notes");
	}

	@Test
	void writesTimestampedAndLatestFiles() throws IOException {
		Path json = ResultWriter.write(this.report, this.dir.resolve("results"));

		assertThat(json).isEqualTo(this.dir.resolve("results/20261124T100500Z-quick.json"));
		assertThat(this.dir.resolve("results/20261124T100500Z-quick.md")).exists();
		assertThat(Files.readString(this.dir.resolve("results/latest.json"))).isEqualTo(Files.readString(json));
		assertThat(Files.readString(this.dir.resolve("results/latest.md")))
			.isEqualTo(ResultWriter.toMarkdown(this.report, ""));
	}

	@Test
	void aWrittenReportReadsBackEqual() {
		Path json = ResultWriter.write(this.report, this.dir);

		BenchReport read = ResultWriter.read(json);

		assertThat(ResultWriter.toMarkdown(read, "n")).isEqualTo(ResultWriter.toMarkdown(this.report, "n"));
		assertThat(read.measurements().get(0).runs()).containsExactly(3.0, 1.0, 2.0);
		assertThat(read.startedAt()).isEqualTo(this.report.startedAt());
	}

	@Test
	void numbersKeepThreeSignificantFiguresBelowHundred() {
		assertThat(ResultWriter.format(1.234)).isEqualTo("1.23");
		assertThat(ResultWriter.format(12.34)).isEqualTo("12.3");
		assertThat(ResultWriter.format(12345.6)).isEqualTo("12,346");
		assertThat(ResultWriter.format(Double.NaN)).isEqualTo("n/a");
	}

}

package com.orderplatform.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.orderplatform.bench.ImportBench.ImportRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class FloorBenchTests {

	private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

	@TempDir
	Path dir;

	@Test
	void reportsTheFloorAndTheImportAsAMultipleOfItsMedian() {
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(BenchOptions.SEED, 1_000,
				this.dir.resolve("orders.csv"));
		int valid = file.validRows();
		List<ImportRun> runs = List.of(new ImportRun("job-1", 30.0, 31.0, 29.0, Map.of()),
				new ImportRun("job-2", 40.0, 41.0, 39.0, Map.of()));

		List<Measurement> measurements = new FloorBench(ROOT, this.dir).measure(new FloorBench.Pending("import_1k", 1,
				"1,000 rows on SQLite", file, runs, new FloorBench.Imported(valid, valid, 3L * valid)), false);

		Measurement floor = measurements.get(0);
		Measurement ratio = measurements.get(1);
		assertThat(floor.id()).isEqualTo("import_1k_floor_seconds");
		assertThat(floor.runs()).hasSize(FloorBench.RUNS);
		assertThat(floor.details()).containsEntry("orders", (long) valid)
			.containsEntry("items", (long) valid)
			.containsEntry("history_rows", 3L * valid)
			.containsEntry("payments", (long) valid)
			.containsEntry("notifications", (long) valid);
		assertThat(ratio.id()).isEqualTo("import_1k_x_floor");
		assertThat(ratio.runs()).containsExactly(30.0 / floor.value(), 40.0 / floor.value());
		assertThat(ratio.target()).isEqualTo("≤ 3 × floor (issue #14)");
		assertThat(ratio.met()).isFalse();
		assertThat(ratio.details()).containsEntry("import_seconds", 35.0)
			.containsEntry("floor_seconds", floor.value())
			.containsEntry("import_history_rows", 3L * valid)
			.containsEntry("floor_history_rows", 3L * valid);
		assertThat(this.dir.resolve("floor-1")).doesNotExist();
		assertThat(this.dir.resolve("floor-3")).doesNotExist();
	}

	@Test
	void failsWhenTheImportLeftOtherOrdersThanTheFloorWrote() {
		OrderCsvGenerator.GeneratedFile file = OrderCsvGenerator.write(BenchOptions.SEED, 1_000,
				this.dir.resolve("orders.csv"));
		int valid = file.validRows();
		List<ImportRun> runs = List.of(new ImportRun("job-1", 3.0, 3.1, 2.9, Map.of()));
		FloorBench.Pending pending = new FloorBench.Pending("import_1k", 1, "1,000 rows on SQLite", file, runs,
				new FloorBench.Imported(valid - 1, valid, 3L * valid));

		assertThatIllegalStateException().isThrownBy(() -> new FloorBench(ROOT, this.dir).measure(pending, false))
			.withMessage("The floor of the 1,000 rows on SQLite wrote " + valid + " orders and " + valid
					+ " items where the import left " + (valid - 1) + " and " + valid);
		assertThat(this.dir.resolve("floor-1")).doesNotExist();
	}

}

package com.orderplatform.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BenchMainTests {

	@Test
	void quickIsTheDefaultAndDoesNotPublish() {
		BenchOptions options = BenchMain.parse(new String[] { "--root=/repo" });

		assertThat(options.mode()).isEqualTo("quick");
		assertThat(options.publish()).isFalse();
		assertThat(options.isolationRows()).isEqualTo(10_000);
		assertThat(options.postgresRuns()).isZero();
		assertThat(options.resultsDir()).isEqualTo(Path.of("/repo/bench/results"));
	}

	@Test
	void fullMeasuresHundredThousandRowsAndPostgresAndPublishes() {
		BenchOptions options = BenchMain.parse(new String[] { "--full", "--root=/repo" });

		assertThat(options.mode()).isEqualTo("full");
		assertThat(options.publish()).isTrue();
		assertThat(options.isolationRows()).isEqualTo(100_000);
		assertThat(options.dryRunLarge()).isTrue();
		assertThat(options.oneByOneSample()).isEqualTo(1_000);
		assertThat(options.postgresRuns()).isEqualTo(3);
	}

	@Test
	void optionsApplyWhateverTheirOrder() {
		BenchOptions options = BenchMain.parse(new String[] { "--no-publish", "--large-runs=2", "--full" });

		assertThat(options.publish()).isFalse();
		assertThat(options.largeImportRuns()).isEqualTo(2);
	}

	@Test
	void runningServicesSkipPostgres() {
		BenchOptions options = BenchMain
			.parse(new String[] { "--full", "--services=http://o:8000,http://p:8001,http://n:8002" });

		assertThat(options.external()).hasSize(3);
		assertThat(options.external()[1].toString()).isEqualTo("http://p:8001");
		assertThat(options.postgresRuns()).isZero();
	}

	@Test
	void measuresFiguresAndExportOverAMillionOrdersOnBothDatabasesInFullMode() {
		DataOptions full = BenchMain.parse(new String[] { "--full" }).data();
		DataOptions quick = BenchMain.parse(new String[] { "--quick" }).data();

		assertThat(full).isEqualTo(new DataOptions(1_000_000, 100_000, 200, 3, true, false));
		assertThat(quick).isEqualTo(new DataOptions(20_000, 5_000, 50, 1, false, false));
	}

	@Test
	void onlyDataRunsNothingElseInEitherMode() {
		assertThat(BenchMain.parse(new String[] { "--only=data", "--full" }).data())
			.isEqualTo(new DataOptions(1_000_000, 100_000, 200, 3, true, true));
		assertThat(BenchMain.parse(new String[] { "--only=data" }).data().only()).isTrue();
		assertThat(BenchMain.parse(new String[] { "--full", "--only=data" }).publish()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--only=data", "--full", "--publish" }).publish()).isTrue();
	}

	@Test
	void clusterAddsTheClusterImportsToEitherModeAndIsOffByDefault() {
		assertThat(BenchMain.parse(new String[] { "--quick" }).cluster()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--full" }).cluster()).isFalse();
		BenchOptions quick = BenchMain.parse(new String[] { "--cluster" });
		assertThat(quick.cluster()).isTrue();
		assertThat(quick.mode()).isEqualTo("quick");
		BenchOptions full = BenchMain.parse(new String[] { "--cluster", "--full", "--no-publish" });
		assertThat(full.cluster()).isTrue();
		assertThat(full.mode()).isEqualTo("full");
		assertThat(full.postgresRuns()).isEqualTo(3);
		assertThat(full.publish()).isFalse();
	}

	@Test
	void profileAndPostgresRunsAreOptionsOfEitherMode() {
		BenchOptions quick = BenchMain.parse(new String[] { "--profile", "--postgres-runs=1" });
		assertThat(quick.profile()).isTrue();
		assertThat(quick.postgresRuns()).isEqualTo(1);
		assertThat(quick.mode()).isEqualTo("quick");
		assertThat(BenchMain.parse(new String[] { "--quick" }).profile()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--full", "--postgres-runs=0" }).postgresRuns()).isZero();
		assertThat(BenchMain.parse(new String[] { "--postgres-runs=2", "--services=http://o,http://p,http://n" })
			.postgresRuns()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> BenchMain.parse(new String[] { "--postgres-runs=-1" }))
			.withMessage("--postgres-runs must be 0 or more");
	}

	@Test
	void postgresLargeRunsAreOneInFullModeAndCanBeAskedForInQuickMode() {
		assertThat(BenchMain.parse(new String[] { "--full" }).postgresLargeRuns()).isEqualTo(1);
		BenchOptions quick = BenchMain.parse(new String[] { "--quick" });
		assertThat(quick.postgresLargeRuns()).isZero();
		assertThat(quick.postgresImports()).isFalse();
		BenchOptions alone = BenchMain.parse(new String[] { "--postgres-large-runs=2", "--quick" });
		assertThat(alone.postgresLargeRuns()).isEqualTo(2);
		assertThat(alone.postgresRuns()).isZero();
		assertThat(alone.postgresImports()).isTrue();
		assertThat(alone.mode()).isEqualTo("quick");
		assertThat(BenchMain.parse(new String[] { "--full", "--postgres-large-runs=0" }).postgresImports()).isTrue();
		assertThat(BenchMain.parse(new String[] { "--full", "--postgres-large-runs=0", "--postgres-runs=0" })
			.postgresImports()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--postgres-large-runs=1", "--services=http://o,http://p,http://n" })
			.postgresLargeRuns()).isZero();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchMain.parse(new String[] { "--postgres-large-runs=-1" }))
			.withMessage("--postgres-large-runs must be 0 or more");
	}

	@Test
	void millionRunsAloneWithAnHourForTheImportAndPublishesOnlyWhenAsked() {
		BenchOptions million = BenchMain.parse(new String[] { "--quick", "--no-publish", "--million" });

		assertThat(million.million()).isTrue();
		assertThat(million.mode()).isEqualTo("million");
		assertThat(million.publish()).isFalse();
		assertThat(million.importTimeout()).isEqualTo(java.time.Duration.ofMinutes(60));
		assertThat(BenchMain.parse(new String[] { "--million", "--full" }).publish()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--million", "--publish" }).publish()).isTrue();
		assertThat(BenchMain.parse(new String[] { "--quick" }).million()).isFalse();
		assertThat(BenchMain.parse(new String[] { "--full" }).million()).isFalse();
		assertThat(million.millionNotify()).isEqualTo("per_order");
	}

	@Test
	void theMillionRowImportsNotifyCanBeChosen() {
		BenchOptions none = BenchMain.parse(new String[] { "--million-notify=none", "--publish", "--million" });

		assertThat(none.millionNotify()).isEqualTo("none");
		assertThat(none.publish()).isTrue();
		assertThat(none.mode()).isEqualTo("million");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchMain.parse(new String[] { "--million-notify=none" }))
			.withMessage("--million-notify needs --million");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BenchMain.parse(new String[] { "--million", "--million-notify=all" }))
			.withMessage("--million-notify must be per_order, summary or none");
	}

	@Test
	void aProfiledServiceRecordsWithTheProfileSettingsUntilItStops() {
		assertThat(BenchPlatform.flightRecording(Path.of("/w/profile/imports-sqlite"), "order")).isEqualTo(
				"-XX:StartFlightRecording=filename=/w/profile/imports-sqlite-order.jfr,settings=profile,dumponexit=true");
	}

	@Test
	void unknownArgumentsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> BenchMain.parse(new String[] { "--fast" }))
			.withMessage("unknown argument '--fast'");
		assertThatIllegalArgumentException().isThrownBy(() -> BenchMain.parse(new String[] { "--services=a,b" }));
	}

}

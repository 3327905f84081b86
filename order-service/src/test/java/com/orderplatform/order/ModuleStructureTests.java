package com.orderplatform.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and a feature uses only what another
 * exposes in its top-level package. Inside the import, its sub-packages keep their
 * direction: the file side ({@code file}, {@code file.validation}, {@code file.csv})
 * knows nothing of jobs, staging or processing, staging only the validated rows, and the
 * job aggregate nothing of running or processing.
 */
class ModuleStructureTests {

	private static final String IMPORT = "com.orderplatform.order.bulkimport";

	private final ApplicationModules modules = ApplicationModules.of(OrderServiceApplication.class);

	private final JavaClasses importClasses = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(IMPORT);

	@Test
	void featuresRespectEachOthersBoundaries() {
		this.modules.verify();
	}

	@Test
	void hasTheFeaturesTheDownstreamClientsTheWebLayerAndTheContract() {
		assertThat(this.modules.stream().map(module -> module.getIdentifier().toString())).containsExactlyInAnyOrder(
				"order", "user", "auth", "payment", "notification", "web", "bulkimport", "csv", "api");
	}

	@Test
	void theImportIsAPublicFaceOverNamedSubPackagesOfAtMostFifteenClassesEach() {
		Map<String, Integer> classesPerPackage = new TreeMap<>();
		this.importClasses.stream()
			.filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
			.forEach(
					type -> classesPerPackage.merge(type.getPackageName().substring(IMPORT.length()), 1, Integer::sum));

		assertThat(classesPerPackage.keySet()).containsExactlyInAnyOrder("", ".file", ".file.validation", ".file.csv",
				".staging", ".job", ".job.run", ".processing");
		assertThat(classesPerPackage.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(15));
	}

	@Test
	void everyProductionClassOfTheImportHasAtMostTwoHundredLines() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java", IMPORT.split("\\.")))) {
			List<Path> sources = files.filter(path -> path.toString().endsWith(".java")).toList();
			assertThat(sources).as("the import's sources are found").hasSizeGreaterThan(70);
			Map<String, Long> oversized = new TreeMap<>();
			for (Path file : sources) {
				long lines = Files.readAllLines(file).size();
				if (lines > 200) {
					oversized.put(file.getFileName().toString(), lines);
				}
			}
			assertThat(oversized).isEmpty();
		}
	}

	@Test
	void theImportsFileSideKnowsNothingOfJobsStagingOrProcessing() {
		noClasses().that()
			.resideInAPackage(IMPORT + ".file..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(IMPORT + ".job..", IMPORT + ".staging..", IMPORT + ".processing..")
			.check(this.importClasses);
	}

	@Test
	void theImportsStagingUsesOnlyTheValidatedRowsAndTheJobNothingOfRunningOrProcessing() {
		noClasses().that()
			.resideInAPackage(IMPORT + ".staging..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(IMPORT + ".job..", IMPORT + ".processing..")
			.check(this.importClasses);
		noClasses().that()
			.resideInAPackage(IMPORT + ".job")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(IMPORT + ".job.run..", IMPORT + ".processing..")
			.check(this.importClasses);
	}

}

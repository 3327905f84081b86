package com.orderplatform.order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.flow.OrderService;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;
import org.springframework.modulith.core.NamedInterface;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the feature packages honest: no cycles, and a feature uses only what another
 * exposes in its top-level package or in a named interface. The order feature is a small
 * public face (the aggregate and its repository) with named parts behind it, each
 * described by its package-info and small enough to read. Inside the import, its
 * sub-packages keep their direction: the file side ({@code file},
 * {@code file.validation}, {@code file.csv}) knows nothing of jobs, staging or
 * processing, staging only the validated rows, and the job aggregate nothing of running
 * or processing.
 */
class ModuleStructureTests {

	private static final int MAX_CLASSES_PER_PACKAGE = 15;

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
	void splitsTheOrderFeatureIntoNamedPartsWithAPackageInfoAndAtMostFifteenClassesEach() {
		JavaPackage orders = module("order").getBasePackage();

		assertThat(orders.getDirectSubPackages().stream().map(JavaPackage::getLocalName))
			.containsExactlyInAnyOrder("flow", "http", "stats", "export");
		Stream.concat(Stream.of(orders), orders.getDirectSubPackages().stream()).forEach(part -> {
			assertThat(topLevelClasses(part)).as(part.getName()).hasSizeBetween(3, MAX_CLASSES_PER_PACKAGE);
			assertThat(Path.of("src/main/java", part.getName().replace('.', '/'), "package-info.java"))
				.as(part.getName())
				.isRegularFile();
		});
	}

	@Test
	void showsOtherFeaturesTheOrdersAggregateAndRepositoryAndOnlyTheFlowsErrors() {
		ApplicationModule orders = module("order");

		assertThat(orders.getNamedInterfaces().stream().filter(NamedInterface::isNamed).map(NamedInterface::getName))
			.containsExactly("errors");
		assertThat(orders.getNamedInterfaces().getByName("errors").orElseThrow().asJavaClasses())
			.filteredOn(type -> type.getPackageName().endsWith(".flow"))
			.extracting(JavaClass::getSimpleName)
			.containsExactlyInAnyOrder("OrderNotFoundException", "ConcurrentOrderUpdateException",
					"PaymentManagedStatusException", "RefundFailedException", "UnconfirmedPaymentException",
					"UnknownPaymentStatusException");
		assertThat(orders.isExposed(OrderRepository.class)).isTrue();
		assertThat(orders.isExposed(OrderService.class)).isFalse();
	}

	@Test
	void keepsTheUserFeatureSmallWithItsErrorsAsTheOnlyNamedInterface() {
		ApplicationModule users = module("user");
		JavaPackage base = users.getBasePackage();

		assertThat(base.getDirectSubPackages().stream().map(JavaPackage::getLocalName)).containsExactly("errors");
		Stream.concat(Stream.of(base), base.getDirectSubPackages().stream()).forEach(part -> {
			assertThat(topLevelClasses(part)).as(part.getName()).hasSizeBetween(3, MAX_CLASSES_PER_PACKAGE);
			assertThat(Path.of("src/main/java", part.getName().replace('.', '/'), "package-info.java"))
				.as(part.getName())
				.isRegularFile();
		});
		assertThat(users.getNamedInterfaces().stream().filter(NamedInterface::isNamed).map(NamedInterface::getName))
			.containsExactly("errors");
		assertThat(users.getNamedInterfaces().getByName("errors").orElseThrow().asJavaClasses())
			.extracting(JavaClass::getSimpleName)
			.containsExactlyInAnyOrder("AccountLockedException", "InvalidCredentialsException", "InvalidUserException",
					"OwnAccountException", "UserNotFoundException", "UsernameTakenException");
	}

	@Test
	void theImportIsAPublicFaceOverNamedSubPackagesOfAtMostFifteenClassesEach() {
		Map<String, Integer> classesPerPackage = new TreeMap<>();
		this.importClasses.stream()
			.filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
			.forEach(
					type -> classesPerPackage.merge(type.getPackageName().substring(IMPORT.length()), 1, Integer::sum));

		assertThat(classesPerPackage.keySet()).containsExactlyInAnyOrder("", ".file", ".file.validation", ".file.csv",
				".file.xlsx", ".staging", ".job", ".job.run", ".processing", ".storage", ".mapping");
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

	private ApplicationModule module(String name) {
		return this.modules.getModuleByName(name).orElseThrow();
	}

	private static List<JavaClass> topLevelClasses(JavaPackage part) {
		return part.toSingle()
			.stream()
			.filter(JavaClass::isTopLevelClass)
			.filter(type -> !JavaPackage.isPackageInfoType(type))
			.toList();
	}

}

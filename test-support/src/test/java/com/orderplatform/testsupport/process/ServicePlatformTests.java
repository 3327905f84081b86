package com.orderplatform.testsupport.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.orderplatform.testsupport.process.ServiceProcessTests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServicePlatformTests {

	@TempDir
	Path dir;

	@Test
	void startsTheThreeServicesEachKnowingTheOthersAndDeletesTheDataDirectoryOnClose() throws Exception {
		Path dataDir = ServicePlatform.newDataDir("oms-platform-test-");
		Path jar = FakeService.writeJar(this.dir);
		ServicePlatform platform = ServicePlatform.builder(dataDir)
			.jars((module) -> jar, "no hint needed")
			.logDir(this.dir.resolve("logs"))
			.environment(Map.of("OMS_ADMIN_PASSWORD", "platform-test-password"))
			.jvmOptions(List.of("-Dfake.everyone=yes"))
			.jvmOptions("order", List.of("-Dfake.heap=capped"))
			.start();
		Files.writeString(dataDir.resolve("order_service.db"), "rows");
		try {
			ServiceProcess order = platform.order();
			assertThat(platform.all()).extracting(ServiceProcess::name)
				.containsExactly("payment-service", "notification-service", "order-service");
			assertThat(get(order.baseUri(), "/env/OMS_PAYMENT_URL")).isEqualTo(platform.payment().baseUri().toString());
			assertThat(get(platform.payment().baseUri(), "/env/OMS_NOTIFICATION_URL"))
				.isEqualTo(platform.notification().baseUri().toString());
			assertThat(get(platform.notification().baseUri(), "/env/OMS_DATA_DIR")).isEqualTo(dataDir.toString());
			assertThat(get(platform.notification().baseUri(), "/env/OMS_ADMIN_PASSWORD"))
				.isEqualTo("platform-test-password");
			assertThat(get(order.baseUri(), "/property/fake.heap")).isEqualTo("capped");
			assertThat(get(platform.payment().baseUri(), "/property/fake.heap")).isEqualTo("null");
			assertThat(get(platform.payment().baseUri(), "/property/fake.everyone")).isEqualTo("yes");
			assertThat(this.dir.resolve("logs/order-service.log")).exists();
		}
		finally {
			platform.close();
		}

		assertThat(platform.all()).noneMatch(ServiceProcess::isAlive);
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void startsSeveralInstancesOfEveryServiceOnTheirPortsWithTheirOwnVariables() throws Exception {
		Path dataDir = ServicePlatform.newDataDir("oms-platform-test-");
		Path jar = FakeService.writeJar(this.dir);
		Map<String, Integer> ports = new HashMap<>();
		ServicePlatform platform = ServicePlatform.builder(dataDir)
			.jars((module) -> jar, "no hint needed")
			.logDir(this.dir.resolve("logs"))
			.instances(2)
			.ports((service, instance) -> ports.computeIfAbsent(service + instance, (key) -> ServiceProcess.freePort()))
			.instanceEnvironment((service, instance) -> Map.of("FAKE_INSTANCE", service + "-" + instance))
			.environment(Map.of("OMS_ORDER_URL", "http://balancer.example"))
			.start();
		try {
			assertThat(platform.all()).extracting(ServiceProcess::name)
				.containsExactly("payment-service-1", "payment-service-2", "notification-service-1",
						"notification-service-2", "order-service-1", "order-service-2");
			assertThat(platform.all()).allMatch(ServiceProcess::isAlive);
			ServiceProcess secondOrder = platform.instances("order").get(1);
			assertThat(secondOrder.baseUri().getPort()).isEqualTo(ports.get("order2"));
			assertThat(get(secondOrder.baseUri(), "/env/FAKE_INSTANCE")).isEqualTo("order-2");
			assertThat(get(secondOrder.baseUri(), "/env/OMS_ORDER_PORT")).isEqualTo(ports.get("order2").toString());
			assertThat(get(secondOrder.baseUri(), "/env/OMS_ORDER_URL")).isEqualTo("http://balancer.example");
			assertThat(get(platform.instances("payment").get(1).baseUri(), "/env/FAKE_INSTANCE"))
				.isEqualTo("payment-2");
			assertThat(platform.order()).isSameAs(platform.instances("order").get(0));
			assertThat(this.dir.resolve("logs/notification-service-2.log")).exists();
		}
		finally {
			platform.close();
		}

		assertThat(platform.all()).hasSize(6).noneMatch(ServiceProcess::isAlive);
	}

	@Test
	void keepsTheDataDirectoryWhenTheConditionSaysSo() throws Exception {
		Path dataDir = ServicePlatform.newDataDir("oms-platform-test-");
		Path jar = FakeService.writeJar(this.dir);
		ServicePlatform platform = ServicePlatform.builder(dataDir)
			.jars((module) -> jar, "no hint needed")
			.logDir(this.dir.resolve("logs"))
			.keepDataWhen(() -> true)
			.start();

		platform.close();
		platform.close();

		assertThat(platform.all()).noneMatch(ServiceProcess::isAlive);
		assertThat(dataDir).isDirectory();
		Files.delete(dataDir);
	}

	@Test
	void stopsTheServicesAlreadyLaunchedAndDeletesTheDataWhenOneDoesNotStart() throws Exception {
		Path dataDir = ServicePlatform.newDataDir("oms-platform-test-");
		Path jar = FakeService.writeJar(this.dir);
		ServicePlatformBuilder builder = ServicePlatform.builder(dataDir)
			.jars((module) -> jar, "no hint needed")
			.logDir(this.dir.resolve("logs"))
			.jvmOptions("order", List.of("-Dfake.role=order"))
			.environment(Map.of("FAKE_EXIT", "5"));

		assertThatIllegalStateException().isThrownBy(builder::start)
			.withMessage("payment-service exited with code 5; see " + this.dir.resolve("logs/payment-service.log"));
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void namesTheMissingJarAndWhatToDoAndDeletesTheDataDirectory() throws Exception {
		Path dataDir = Files.createDirectory(this.dir.resolve("data"));

		assertThatIllegalStateException()
			.isThrownBy(() -> ServicePlatform.builder(dataDir)
				.jars((module) -> this.dir.resolve(module + "-exec.jar"), "run the build first")
				.start())
			.withMessage("No runnable jar for payment-service at " + this.dir.resolve("payment-service-exec.jar")
					+ "; run the build first");
		assertThat(dataDir).doesNotExist();
	}

	@Test
	void givesEachServiceItsPortTheOthersUrlsAndTheDataDirectoryUnderTheCallersVariables() {
		Path dataDir = this.dir.resolve("data");
		ServicePlatformBuilder builder = ServicePlatform.builder(dataDir)
			.environment(Map.of("OMS_ADMIN_PASSWORD", "secret", "OMS_ORDER_URL", "http://orders.example"));

		Map<String, String> environment = builder.environmentOf("payment",
				Map.of("payment", 8101, "notification", 8102, "order", 8100));

		assertThat(environment).containsExactlyInAnyOrderEntriesOf(Map.of("OMS_DATA_DIR", dataDir.toString(),
				"OMS_PAYMENT_PORT", "8101", "OMS_PAYMENT_URL", "http://127.0.0.1:8101", "OMS_NOTIFICATION_URL",
				"http://127.0.0.1:8102", "OMS_ORDER_URL", "http://orders.example", "OMS_ADMIN_PASSWORD", "secret"));
	}

	@Test
	void refusesJvmOptionsForAServiceThatDoesNotExist() {
		ServicePlatformBuilder builder = ServicePlatform.builder(this.dir);

		assertThatIllegalArgumentException().isThrownBy(() -> builder.jvmOptions("orders", List.of("-Xmx1g")))
			.withMessage("No service 'orders'; the services are [payment, notification, order]");
	}

}

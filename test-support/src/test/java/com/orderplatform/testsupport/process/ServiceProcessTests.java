package com.orderplatform.testsupport.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ServiceProcessTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path dir;

	private ServiceProcess service;

	@AfterEach
	void killService() {
		if (this.service != null) {
			this.service.kill();
		}
	}

	@Test
	void startsTheJarWithItsEnvironmentWaitsUntilHealthyAndStopsItWithSigterm() throws Exception {
		this.service = fake(Map.of("FAKE_GREETING", "こんにちは"), List.of());

		this.service.launch();
		this.service.awaitReady();

		assertThat(this.service.isAlive()).isTrue();
		assertThat(get(this.service.baseUri(), "/env/FAKE_GREETING")).isEqualTo("こんにちは");
		this.service.stop();
		assertThat(this.service.isAlive()).isFalse();
		assertThat(this.service.exitValue()).as("128 + SIGTERM").isEqualTo(143);
		assertThat(Files.readString(this.service.logFile()))
			.contains("fake service listens on " + this.service.baseUri().getPort());
	}

	@Test
	void passesOnThePlatformSettingsItsJvmInheritedUnlessToldNotTo() throws Exception {
		// given a platform setting in this JVM's environment (test-support's pom sets it)
		assertThat(System.getenv("OMS_INHERITED_PROBE")).isEqualTo("from the test JVM");
		this.service = fake(Map.of("FAKE_GREETING", "hello"), List.of());
		this.service.launch();
		this.service.awaitReady();
		assertThat(get(this.service.baseUri(), "/env/OMS_INHERITED_PROBE")).isEqualTo("from the test JVM");
		this.service.kill();

		// when a service is told not to inherit them
		this.service = fake(Map.of("FAKE_GREETING", "hello"), List.of()).withoutInheritedSettings();
		this.service.launch();
		this.service.awaitReady();

		// then it has its own variables (its port among them) and nothing else of the
		// platform's
		assertThat(get(this.service.baseUri(), "/env/OMS_INHERITED_PROBE")).isEqualTo("null");
		assertThat(get(this.service.baseUri(), "/env/OMS_FAKE_PORT"))
			.isEqualTo(Integer.toString(this.service.baseUri().getPort()));
		assertThat(get(this.service.baseUri(), "/env/FAKE_GREETING")).isEqualTo("hello");
		assertThat(get(this.service.baseUri(), "/env/PATH")).isEqualTo(System.getenv("PATH"));
	}

	@Test
	void neverHandsOutTheSamePortTwice() {
		// (the kernel picks a free port at random: 3,000 picks from its ephemeral range
		// repeat one almost surely)
		List<Integer> ports = java.util.stream.IntStream.range(0, 3000)
			.mapToObj((i) -> ServiceProcess.freePort())
			.toList();

		assertThat(ports).doesNotHaveDuplicates();
	}

	@Test
	void killsTheProcessWithSigkill() throws Exception {
		this.service = fake(Map.of(), List.of());
		this.service.launch();
		this.service.awaitReady();

		this.service.kill();

		assertThat(this.service.isAlive()).isFalse();
		assertThat(this.service.exitValue()).as("128 + SIGKILL").isEqualTo(137);
	}

	@Test
	void restartsOnTheSamePortWithTheChangedEnvironmentAndAppendsToTheSameLog() throws Exception {
		this.service = fake(Map.of("FAKE_MODE", "first"), List.of());
		this.service.launch();
		this.service.awaitReady();
		long firstPid = this.service.pid();

		this.service.environment().put("FAKE_MODE", "second");
		this.service.restart();

		assertThat(this.service.pid()).isNotEqualTo(firstPid);
		assertThat(get(this.service.baseUri(), "/env/FAKE_MODE")).isEqualTo("second");
		String port = Integer.toString(this.service.baseUri().getPort());
		assertThat(Files.readString(this.service.logFile()).split("fake service listens on " + port, -1)).hasSize(3);
	}

	@Test
	void putsTheJvmOptionsBeforeTheJar() throws Exception {
		this.service = fake(Map.of(), List.of("-Xmx64m", "-Dfake.flavour=matcha"));

		List<String> command = this.service.command();
		this.service.launch();
		this.service.awaitReady();

		assertThat(command.subList(1, command.size())).containsExactly("--enable-native-access=ALL-UNNAMED", "-Xmx64m",
				"-Dfake.flavour=matcha", "-jar", this.dir.resolve("fake-service.jar").toString());
		assertThat(get(this.service.baseUri(), "/property/fake.flavour")).isEqualTo("matcha");
	}

	@Test
	void failsAtOnceNamingTheExitCodeAndTheLogWhenTheServiceExitsInsteadOfStarting() throws Exception {
		this.service = fake(Map.of("FAKE_EXIT", "3"), List.of());

		this.service.launch();

		assertThatIllegalStateException().isThrownBy(this.service::awaitReady)
			.withMessage("fake exited with code 3; see " + this.service.logFile());
	}

	private ServiceProcess fake(Map<String, String> environment, List<String> jvmOptions) throws IOException {
		Path jar = FakeService.writeJar(this.dir);
		Map<String, String> variables = new HashMap<>(environment);
		int port = ServiceProcess.freePort();
		variables.put("OMS_FAKE_PORT", Integer.toString(port));
		return new ServiceProcess("fake", jar, port, variables, jvmOptions, this.dir.resolve("logs"),
				Duration.ofMinutes(2));
	}

	static String get(URI base, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}

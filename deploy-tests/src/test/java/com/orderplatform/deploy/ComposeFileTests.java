package com.orderplatform.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code deploy/compose.yaml} as Debian's {@code docker-compose} reads it, offline (no
 * engine): valid, two instances of each service health-checked on {@code /readyz}, given
 * a stop grace period above Spring's shutdown phase, and only variables the services
 * read.
 */
class ComposeFileTests {

	private static final Path COMPOSE = Repository.DEPLOY.resolve("compose.yaml");

	private static final Path ENV_TEMPLATE = Repository.DEPLOY.resolve(".env.example");

	private static final List<String> INFRASTRUCTURE = List.of("postgres", "minio", "bucket", "nginx");

	@Test
	void isAValidComposeFile() {
		Repository.Result result = compose(COMPOSE, "config", "-q");

		assertThat(result.exitCode()).as(result.output()).isZero();
	}

	@Test
	void theValidatorRefusesAnUnknownKey(@TempDir Path directory) throws Exception {
		Path misspelt = directory.resolve("compose.yaml");
		Files.writeString(misspelt, Repository.read(COMPOSE).replace("stop_grace_period:", "stop_grace_periode:"));

		Repository.Result result = compose(misspelt, "config", "-q");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("stop_grace_periode");
	}

	@Test
	void everyServiceInstanceGetsOnlyVariablesThatServiceReads() {
		Map<String, Map<String, Object>> services = resolvedServices();
		List<String> unread = new ArrayList<>();
		for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
			String module = module(service.getKey());
			if (module == null) {
				assertThat(INFRASTRUCTURE).as("a Compose service that is neither a platform service nor known")
					.contains(service.getKey());
				continue;
			}
			for (String variable : environment(service.getValue()).keySet()) {
				if (!ServiceVariables.readBy(module).contains(variable)) {
					unread.add(service.getKey() + ": " + variable);
				}
			}
		}
		assertThat(unread).as("variables set in deploy/compose.yaml that the service does not read").isEmpty();
	}

	@Test
	void runsTwoReadinessCheckedInstancesOfEachServiceWithTimeToShutDown() {
		Map<String, Map<String, Object>> services = resolvedServices();
		for (String module : ServiceVariables.SERVICES) {
			List<String> instances = services.keySet().stream().filter(name -> module.equals(module(name))).toList();
			assertThat(instances).as(module).containsExactlyInAnyOrder(module + "-1", module + "-2");
			for (String instance : instances) {
				Map<String, Object> definition = services.get(instance);
				String port = environment(definition).get("OMS_MANAGEMENT_PORT");
				assertThat(String.valueOf(((Map<?, ?>) definition.get("healthcheck")).get("test")))
					.as(instance + " health check")
					.contains("/readyz");
				assertThat(seconds((String) definition.get("stop_grace_period"))).as(instance).isGreaterThan(30);
				assertThat(port).as(instance + " management port").isNotBlank();
			}
		}
	}

	@Test
	void keepsSecretsInTheEnvironmentFile() {
		Matcher setting = Pattern.compile("(?m)^\\s+([A-Z_]*(SECRET|PASSWORD|ACCESS_KEY)[A-Z_]*):\\s*(.*)$")
			.matcher(Repository.read(COMPOSE));
		List<String> literal = new ArrayList<>();
		while (setting.find()) {
			if (!setting.group(3).startsWith("${")) {
				literal.add(setting.group(1) + ": " + setting.group(3));
			}
		}
		assertThat(literal).as("secrets written into compose.yaml instead of taken from .env").isEmpty();
		assertThat(Repository.read(ENV_TEMPLATE))
			.doesNotContainPattern("(?m)^[A-Z_]*(SECRET|PASSWORD)=(?!change-me|$)");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> resolvedServices() {
		Repository.Result result = compose(COMPOSE, "config");
		assertThat(result.exitCode()).as(result.output()).isZero();
		Map<String, Object> resolved = Repository.yamlDocuments(result.output()).get(0);
		return (Map<String, Map<String, Object>>) resolved.get("services");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> environment(Map<String, Object> service) {
		Object environment = service.getOrDefault("environment", Map.of());
		assertThat(environment).as("environment as a map (docker-compose config writes it so)").isInstanceOf(Map.class);
		Map<String, String> variables = new java.util.TreeMap<>();
		((Map<String, Object>) environment).forEach((name, value) -> variables.put(name, String.valueOf(value)));
		return variables;
	}

	/**
	 * The service module an instance runs ({@code order-service-2} →
	 * {@code order-service}).
	 */
	private static String module(String instance) {
		String module = instance.replaceFirst("-\\d+$", "");
		return ServiceVariables.SERVICES.contains(module) ? module : null;
	}

	private static int seconds(String duration) {
		Matcher matcher = Pattern.compile("(?:(\\d+)m)?(?:(\\d+)s)?").matcher(duration);
		assertThat(matcher.matches()).as(duration).isTrue();
		int minutes = (matcher.group(1) != null) ? Integer.parseInt(matcher.group(1)) : 0;
		return minutes * 60 + ((matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0);
	}

	static Repository.Result compose(Path file, String... arguments) {
		Path composeCommand = Repository.executable("docker-compose");
		if (composeCommand == null) {
			fail("docker-compose is not installed: install Debian's package (apt-get install docker-compose); "
					+ ".ci/run installs it. It validates deploy/compose.yaml offline, without an engine.");
		}
		List<String> command = new ArrayList<>(List.of(composeCommand.toString(), "--env-file", ENV_TEMPLATE.toString(),
				"--project-directory", Repository.DEPLOY.toString(), "-f", file.toString()));
		command.addAll(List.of(arguments));
		return Repository.run(command);
	}

	static TreeSet<String> instancesOf(String module) {
		return new TreeSet<>(resolvedServices().keySet().stream().filter(name -> module.equals(module(name))).toList());
	}

}

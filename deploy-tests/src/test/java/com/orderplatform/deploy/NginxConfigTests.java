package com.orderplatform.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code deploy/nginx/nginx.conf} passes {@code nginx -t}. nginx resolves upstream host
 * names while it checks, and the Compose instances' names exist only on the Compose
 * network, so the check runs on a copy with {@code 127.0.0.1} in their place; the copy
 * differs in nothing else.
 */
class NginxConfigTests {

	private static final Path CONFIG = Repository.DEPLOY.resolve("nginx/nginx.conf");

	private static final Pattern UPSTREAM_SERVER = Pattern.compile("server ([a-z][a-z0-9-]*):(\\d+)");

	@Test
	void passesNginxCheckWithTheInstancesOnLoopback(@TempDir Path directory) throws Exception {
		Repository.Result result = check(directory, loopbackCopy(Repository.read(CONFIG)));

		assertThat(result.exitCode()).as(result.output()).isZero();
		assertThat(result.output()).contains("test is successful");
	}

	@Test
	void theCheckRefusesAnUnknownDirective(@TempDir Path directory) throws Exception {
		Repository.Result result = check(directory,
				loopbackCopy(Repository.read(CONFIG)).replace("server_tokens off;", "server_token off;"));

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.output()).contains("unknown directive \"server_token\"");
	}

	@Test
	void balancesExactlyTheComposeInstancesOfEachService() {
		Map<String, Set<String>> upstreams = new TreeMap<>();
		Matcher server = UPSTREAM_SERVER.matcher(Repository.read(CONFIG));
		while (server.find()) {
			String module = server.group(1).replaceFirst("-\\d+$", "");
			upstreams.computeIfAbsent(module, (name) -> new TreeSet<>()).add(server.group(1));
		}

		assertThat(upstreams).containsOnlyKeys(ServiceVariables.SERVICES);
		for (String module : ServiceVariables.SERVICES) {
			assertThat(upstreams.get(module)).as(module).isEqualTo(ComposeFileTests.instancesOf(module));
		}
	}

	private static String loopbackCopy(String config) {
		String copy = UPSTREAM_SERVER.matcher(config).replaceAll("server 127.0.0.1:$2");
		assertThat(copy).isNotEqualTo(config);
		return copy;
	}

	private static Repository.Result check(Path directory, String config) throws Exception {
		Path nginx = Repository.executable("nginx", Path.of("/usr/sbin/nginx"));
		if (nginx == null) {
			fail("nginx is not installed: install Debian's nginx-light (apt-get install nginx-light); .ci/run "
					+ "installs it.");
		}
		Path file = directory.resolve("nginx.conf");
		Files.writeString(file, config);
		return Repository
			.run(List.of(nginx.toString(), "-t", "-p", directory.toString(), "-c", file.toString(), "-e", "stderr"));
	}

}

package com.orderplatform.order.user;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin, created on the first start of the real service on an empty database,
 * and never again: with a generated password (printed once, written to the data
 * directory) or with {@code OMS_ADMIN_PASSWORD}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminIntegrationTests {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("^ {4}password: (\\S+)$", Pattern.MULTILINE);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final Path database = TestDatabases.newSqliteFile("initial_admin");

	private final Path dataDir = this.database.getParent();

	@Test
	void generatesPrintsAndWritesAPasswordOnceWhenNoneIsConfigured(CapturedOutput output) throws Exception {
		// given an empty database and no OMS_ADMIN_PASSWORD
		Path file = this.dataDir.resolve("initial-admin-password");
		String password;
		String token;
		try (ConfigurableApplicationContext first = start("")) {
			// then the password is printed once in a banner
			assertThat(output.getOut()).contains("Initial admin account created", "    username: admin");
			Matcher printed = PRINTED_PASSWORD.matcher(output.getOut());
			assertThat(printed.find()).isTrue();
			password = printed.group(1);
			assertThat(printed.find()).as("printed once").isFalse();
			assertThat(password).hasSizeGreaterThanOrEqualTo(20);
			// and written for scripts, readable by its owner only
			assertThat(Files.readString(file)).isEqualTo(password + "\n");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(output.getOut()).contains("Created the initial admin 'admin' with a generated password: "
					+ "printed once on standard output and written to " + file.toAbsolutePath());
			// and it logs in as admin
			JsonNode login = login(first, "admin", password);
			assertThat(login.get("role").asString()).isEqualTo("admin");
			token = login.get("access_token").asString();
		}
		FileTime written = Files.getLastModifiedTime(file);
		int printedSoFar = output.getOut().length();

		// when the service starts again on the same database
		try (ConfigurableApplicationContext second = start("")) {
			// then nothing is created, printed or rewritten
			assertThat(output.getOut().substring(printedSoFar)).doesNotContain("Initial admin account created")
				.doesNotContain("password: ");
			assertThat(Files.readString(file)).isEqualTo(password + "\n");
			assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
			assertThat(login(second, "admin", password).get("role").asString()).isEqualTo("admin");
			// and a token issued before the restart is still accepted: the key was kept
			assertThat(get(second, "/api/v1/users", token).statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(get(second, "/api/v1/users", token).body())).hasSize(1);
		}
	}

	@Test
	void usesTheConfiguredPasswordAndNeverChangesItAfterwards(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext first = start("configured-password-1", "--oms.initial-admin.username=chief",
				"--oms.initial-admin.email=chief@example.co.jp")) {
			JsonNode login = login(first, "chief", "configured-password-1");
			assertThat(login.get("role").asString()).isEqualTo("admin");
			HttpResponse<String> chief = get(first, "/api/v1/users/chief", login.get("access_token").asString());
			assertThat(JSON.readTree(chief.body()).get("email").asString()).isEqualTo("chief@example.co.jp");
			assertThat(output.getOut()).doesNotContain("Initial admin account created")
				.contains("Created the initial admin 'chief' with the password from OMS_ADMIN_PASSWORD");
			assertThat(this.dataDir.resolve("initial-admin-password")).doesNotExist();
		}

		try (ConfigurableApplicationContext second = start("another-password-22",
				"--oms.initial-admin.username=chief")) {
			assertThat(output.getOut()).contains(
					"Users exist already: OMS_ADMIN_PASSWORD is ignored (it only sets the first admin's password)");
			assertThat(login(second, "chief", "configured-password-1").get("role").asString()).isEqualTo("admin");
			assertThat(loginStatus(second, "chief", "another-password-22")).isEqualTo(401);
		}
	}

	private ConfigurableApplicationContext start(String adminPassword, String... more) {
		String[] args = { "--server.port=0",
				"--spring.datasource.url=jdbc:sqlite:" + this.database + TestDatabases.SQLITE_PARAMETERS,
				"--oms.data-dir=" + this.dataDir, "--oms.initial-admin.password=" + adminPassword,
				"--oms.webhooks.secret=webhook-secret-for-tests-0123" };
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		return new SpringApplicationBuilder(OrderServiceApplication.class).run(all);
	}

	private JsonNode login(ConfigurableApplicationContext service, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> response = postLogin(service, username, password);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private int loginStatus(ConfigurableApplicationContext service, String username, String password)
			throws IOException, InterruptedException {
		return postLogin(service, username, password).statusCode();
	}

	private HttpResponse<String> postLogin(ConfigurableApplicationContext service, String username, String password)
			throws IOException, InterruptedException {
		String body = JSON.writeValueAsString(Map.of("username", username, "password", password));
		return this.client.send(HttpRequest.newBuilder(uri(service, "/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(ConfigurableApplicationContext service, String path, String token)
			throws IOException, InterruptedException {
		return this.client.send(
				HttpRequest.newBuilder(uri(service, path)).header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext service, String path) {
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

}

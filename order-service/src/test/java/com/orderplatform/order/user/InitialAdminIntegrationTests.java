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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.orderplatform.order.OrderServiceApplication;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first admin, created on the first start of the real service on an empty database,
 * and never again: with a generated password (written to an owner-only file in the data
 * directory, shown once on the terminal if there is one, never on standard output or in
 * the log) or with {@code OMS_ADMIN_PASSWORD}.
 */
@ExtendWith(OutputCaptureExtension.class)
class InitialAdminIntegrationTests {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("^ {4}password: (\\S+)$", Pattern.MULTILINE);

	private static final String WEBHOOK_SECRET = "webhook-secret-for-tests-0123";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newHttpClient();

	private final Path database = TestDatabases.newSqliteFile("initial_admin");

	private final Path dataDir = this.database.getParent();

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private final List<ILoggingEvent> logged = new CopyOnWriteArrayList<>();

	@Test
	void writesAGeneratedPasswordToTheOwnerOnlyFileAndTheTerminalButNeverToStandardOutputOrTheLog(CapturedOutput output)
			throws Exception {
		// given an empty database, no OMS_ADMIN_PASSWORD, and a terminal
		Path file = this.dataDir.resolve("initial-admin-password");
		Path terminal = Files.createFile(this.dataDir.resolve("tty"));
		String password;
		String token;
		try (ConfigurableApplicationContext first = start("", "--oms.initial-admin.terminal=" + terminal)) {
			// then the password is written for scripts, readable by its owner only
			password = Files.readString(file).strip();
			assertThat(password).matches("[A-Za-z0-9]{24}");
			assertThat(Files.readString(file)).isEqualTo(password + "\n");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.dataDir)))
				.isEqualTo("rwx------");
			// and shown once on the terminal
			Matcher shown = PRINTED_PASSWORD.matcher(Files.readString(terminal));
			assertThat(shown.find()).isTrue();
			assertThat(shown.group(1)).isEqualTo(password);
			assertThat(shown.find()).as("shown once").isFalse();
			// but it is on no standard stream and in no log event, which say where it is
			assertThat(output.getOut()).doesNotContain(password).doesNotContain("Initial admin account created");
			assertThat(output.getErr()).doesNotContain(password);
			assertThat(this.logged).extracting(ILoggingEvent::getFormattedMessage)
				.noneMatch(message -> message.contains(password))
				.contains("Initial admin 'admin' created; its generated password is in " + file.toAbsolutePath()
						+ ", owner-only (also shown once on the terminal) (set OMS_ADMIN_PASSWORD to choose it)");
			// and it logs in as admin
			JsonNode login = login(first, "admin", password);
			assertThat(login.get("role").asString()).isEqualTo("admin");
			token = login.get("access_token").asString();
		}
		FileTime written = Files.getLastModifiedTime(file);
		long shownSoFar = Files.size(terminal);

		// when the service starts again on the same database
		try (ConfigurableApplicationContext second = start("", "--oms.initial-admin.terminal=" + terminal)) {
			// then nothing is created, shown or rewritten
			assertThat(Files.size(terminal)).isEqualTo(shownSoFar);
			assertThat(Files.readString(file)).isEqualTo(password + "\n");
			assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
			assertThat(login(second, "admin", password).get("role").asString()).isEqualTo("admin");
			// and a token issued before the restart is still accepted: the key was kept
			assertThat(get(second, "/api/v1/users", token).statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(get(second, "/api/v1/users", token).body())).hasSize(1);
		}
	}

	@Test
	void showsNoBannerWithoutATerminalAndLogsOnlyWhereThePasswordIsAndNoSecret(CapturedOutput output) throws Exception {
		Path file = this.dataDir.resolve("initial-admin-password");

		try (ConfigurableApplicationContext service = start("",
				"--oms.initial-admin.terminal=" + this.dataDir.resolve("no-such-dir/tty"))) {
			String password = Files.readString(file).strip();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
			assertThat(this.dataDir.resolve("no-such-dir")).doesNotExist();
			assertThat(output.getAll()).doesNotContain(password)
				.doesNotContain("Initial admin account created")
				.doesNotContain(WEBHOOK_SECRET);
			assertThat(this.logged).extracting(ILoggingEvent::getFormattedMessage)
				.noneMatch(message -> message.contains(password) || message.contains(WEBHOOK_SECRET))
				.contains("Initial admin 'admin' created; its generated password is in " + file.toAbsolutePath()
						+ ", owner-only (set OMS_ADMIN_PASSWORD to choose it)");
			assertThat(login(service, "admin", password).get("role").asString()).isEqualTo("admin");
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
				"--oms.webhooks.secret=" + WEBHOOK_SECRET };
		String[] all = new String[args.length + more.length];
		System.arraycopy(args, 0, all, 0, args.length);
		System.arraycopy(more, 0, all, args.length, more.length);
		// Boot sets logging up when it starts; the capture is attached right after.
		return new SpringApplicationBuilder(OrderServiceApplication.class)
			.listeners((ApplicationListener<ApplicationPreparedEvent>) (event) -> captureLogs())
			.run(all);
	}

	private void captureLogs() {
		ch.qos.logback.classic.Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory())
			.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.detachAppender(this.appender);
		this.appender.list = this.logged;
		this.appender.start();
		root.addAppender(this.appender);
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

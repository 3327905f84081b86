package com.orderplatform.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.orderplatform.testsupport.process.ServiceProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin dashboard in a real headless Chromium against the three real services: the
 * built app ({@code dashboard/dist}) is served as {@code ./oms run} serves it
 * ({@code vite preview}, with the security headers), and the walk-through
 * {@code dashboard/e2e/dashboard.e2e.mjs} (playwright-core driving the system Chromium)
 * logs in, imports a CSV file with bad rows, checks the counts, the errors table and
 * errors.csv, ships and cancels imported orders, switches to English, watches a batch of
 * 300 notifications drain in the overview's queue panel (per lane and per batch), checks
 * that a viewer cannot reach the imports, compares the overview's figures with the order
 * service's, exports the import's orders as CSV (UTF-8 with BOM and Windows-31J), and has
 * an operator place a two-item order through the form, while the page reports no
 * Content-Security-Policy violation. Screenshots go to {@code target/screenshots}.
 */
class DashboardBrowserIntegrationTests {

	private static final Path DASHBOARD = Path.of(System.getProperty("e2e.dashboard.dir", "../dashboard"));

	private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshot-dir", "target/screenshots"));

	private static Platform platform;

	private static DashboardServer dashboard;

	@BeforeAll
	static void serveDashboard() {
		assertThat(CHROMIUM).as("Chromium for the browser tests (apt-get install -y chromium chromium-driver)")
			.isExecutable();
		assertThat(DASHBOARD.resolve("dist/index.html")).as("the built dashboard (the dashboard module builds it)")
			.isRegularFile();
		assertThat(DASHBOARD.resolve("node_modules/playwright-core")).as("the dashboard's npm dependencies")
			.isDirectory();
		platform = Platform.shared();
		dashboard = new DashboardServer(DASHBOARD, platform.dashboardPort, platform);
	}

	@AfterAll
	static void stopDashboard() {
		if (dashboard != null) {
			dashboard.close();
		}
	}

	@Test
	void servesEveryFileWithTheSecurityHeadersAndAPolicyAllowingExactlyTheServices() throws Exception {
		String services = Stream.of(platform.order, platform.payment, platform.notification)
			.map(service -> service.baseUri().toString())
			.collect(Collectors.joining(" "));
		Map<String, String> expected = Map.of("Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
						+ " connect-src 'self' " + services + "; object-src 'none'; base-uri 'none';"
						+ " form-action 'self'; frame-ancestors 'none'",
				"X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY",
				"Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()");
		String script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"")
			.matcher(Files.readString(DASHBOARD.resolve("dist/index.html")))
			.results()
			.findFirst()
			.orElseThrow()
			.group(1);

		for (String path : List.of("/", "/imports/some-job", script, "/config.json")) {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(dashboard.url() + path)).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).as(path).isEqualTo(200);
			expected.forEach((name, value) -> assertThat(response.headers().allValues(name)).as("%s of %s", name, path)
				.containsExactly(value));
			assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
		}
		HttpResponse<String> config = HTTP.send(
				HttpRequest.newBuilder(URI.create(dashboard.url() + "/config.json")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(config.body()).isEqualTo("{\"order_url\":\"" + platform.order.baseUri() + "\",\"payment_url\":\""
				+ platform.payment.baseUri() + "\",\"notification_url\":\"" + platform.notification.baseUri() + "\"}");
	}

	@Test
	void operatorWalksThroughImportOrdersLanguagesAndRoles() throws Exception {
		// given
		platform.all().forEach(ServiceProcess::awaitReady);
		Files.createDirectories(SCREENSHOTS);
		try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
			for (Path png : old) {
				Files.delete(png);
			}
		}
		Path log = SCREENSHOTS.resolve("dashboard-e2e.log");
		ProcessBuilder browser = new ProcessBuilder(System.getProperty("e2e.node", "node"), "e2e/dashboard.e2e.mjs")
			.directory(DASHBOARD.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		browser.environment().put("DASHBOARD_URL", dashboard.url());
		browser.environment().put("ADMIN_USERNAME", "admin");
		browser.environment().put("ADMIN_PASSWORD", Platform.ADMIN_PASSWORD);
		browser.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toAbsolutePath().toString());
		browser.environment().put("CHROMIUM", CHROMIUM.toString());

		// when
		Process process = browser.start();
		boolean finished = process.waitFor(5, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);

		// then
		assertThat(finished).as("the browser walk-through finished within 5 minutes:%n%s", output).isTrue();
		assertThat(process.exitValue()).as("the browser walk-through's exit code:%n%s", output).isZero();
		assertThat(output.lines().filter((line) -> line.startsWith("STEP ")).toList()).containsExactly(
				"STEP login as admin, in Japanese by default", "STEP upload a CSV with some bad rows",
				"STEP watch the progress reach the end", "STEP see the right counts and the errors table",
				"STEP download errors.csv and check its content", "STEP open the import's orders",
				"STEP open an imported order and ship it", "STEP cancel another with a reason",
				"STEP switch to English and see the labels and number formats change",
				"STEP see the notification queue by lane with real numbers", "STEP create a viewer",
				"STEP a viewer does not see the import page",
				"STEP the viewer changes their own password and keeps working",
				"STEP the overview shows the order service's figures", "STEP export the import's orders as CSV",
				"STEP an operator places a two-item order through the form and sees it paid",
				"STEP the Content-Security-Policy blocks an inline style");
		assertThat(output).contains("DASHBOARD E2E PASSED");
		assertThat(output.lines().filter(line -> line.startsWith("CSP-VIOLATION")).toList())
			.as("Content-Security-Policy violations during the walk-through")
			.isEmpty();
		assertThat(output).as("the policy is in force and its violations are seen")
			.contains("CSP control: securitypolicyviolation style-src-elem inline");
		for (String page : List.of("overview", "import-job", "orders", "order-detail", "overview-en", "queue-panel",
				"viewer-order", "overview-figures", "new-order")) {
			assertThat(SCREENSHOTS.resolve(page + ".png")).as("screenshot of %s", page).isNotEmptyFile();
		}
	}

}

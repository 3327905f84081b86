package com.orderplatform.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.orderplatform.testsupport.process.ServiceProcess;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import's column-mapping step (issue #18) in a real headless Chromium against the
 * three real services: the walk-through {@code dashboard/e2e/import-mapping.e2e.mjs} logs
 * in as admin, uploads a customer's CSV whose headers are not ours ({@code E-mail},
 * {@code お客様名}, {@code 品名}, {@code 数量(個)}, {@code 単価(税込)} and an internal {@code 社内メモ}),
 * sees the mapping step with the service's suggestion, maps the memo to the notes and
 * gives the currency a fixed value, previews the first rows, saves the mapping as profile
 * {@code acme} and confirms; the job completes with its three rows imported. A second
 * file with the same header set is recognised by the profile without a mapping step; then
 * the profile is deleted from the profiles page. The jobs and orders the browser made are
 * checked through the API. Screenshots go to {@code target/screenshots}
 * ({@code mapping-*.png}).
 */
class ImportMappingBrowserIntegrationTests {

	private static final Path DASHBOARD = Path.of(System.getProperty("e2e.dashboard.dir", "../dashboard"));

	private static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));

	private static final Path SCREENSHOTS = Path.of(System.getProperty("e2e.screenshot-dir", "target/screenshots"));

	private static final Pattern JOB_LINE = Pattern.compile("^JOB (first|second) (\\S+)$", Pattern.MULTILINE);

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
	void adminMapsAForeignHeaderSavesItAsAProfileAndTheNextFileIsRecognised() throws Exception {
		// given
		platform.all().forEach(ServiceProcess::awaitReady);
		ApiClient admin = new ApiClient().login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
		assertThat(admin.delete(platform.order.baseUri(), "/api/v1/import-profiles/acme").status())
			.as("no profile acme before the walk-through")
			.isIn(204, 404);
		Files.createDirectories(SCREENSHOTS);
		try (var old = Files.newDirectoryStream(SCREENSHOTS, "mapping-*.png")) {
			for (Path png : old) {
				Files.delete(png);
			}
		}
		String run = Long.toString(System.currentTimeMillis());
		Path log = SCREENSHOTS.resolve("import-mapping-e2e.log");
		ProcessBuilder browser = new ProcessBuilder(System.getProperty("e2e.node", "node"),
				"e2e/import-mapping.e2e.mjs")
			.directory(DASHBOARD.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		browser.environment().put("DASHBOARD_URL", dashboard.url());
		browser.environment().put("ADMIN_USERNAME", "admin");
		browser.environment().put("ADMIN_PASSWORD", Platform.ADMIN_PASSWORD);
		browser.environment().put("SCREENSHOT_DIR", SCREENSHOTS.toAbsolutePath().toString());
		browser.environment().put("CHROMIUM", CHROMIUM.toString());
		browser.environment().put("RUN_ID", run);

		// when
		Process process = browser.start();
		boolean finished = process.waitFor(4, TimeUnit.MINUTES);
		if (!finished) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);

		// then
		assertThat(finished).as("the browser walk-through finished within 4 minutes:%n%s", output).isTrue();
		assertThat(process.exitValue()).as("the browser walk-through's exit code:%n%s", output).isZero();
		assertThat(output.lines().filter((line) -> line.startsWith("STEP ")).toList()).containsExactly(
				"STEP login as admin", "STEP upload a CSV with foreign headers and see the mapping step",
				"STEP see the suggestion", "STEP correct a column, give the currency a fixed value and preview",
				"STEP save the mapping as profile acme and confirm it",
				"STEP see the job complete with every row imported", "STEP see profile acme in the profile list",
				"STEP upload a second file with the same header set: recognised by profile acme, no mapping step",
				"STEP delete profile acme");
		assertThat(output).contains("IMPORT MAPPING E2E PASSED");
		assertThat(output.lines().filter(line -> line.startsWith("CSP-VIOLATION")).toList())
			.as("Content-Security-Policy violations during the walk-through")
			.isEmpty();
		for (String page : List.of("mapping-step", "mapping-preview", "mapping-job", "mapping-profiles",
				"mapping-recognised")) {
			assertThat(SCREENSHOTS.resolve(page + ".png")).as("screenshot of %s", page).isNotEmptyFile();
		}

		Map<String, String> jobs = jobIds(output);
		assertThat(jobs).containsOnlyKeys("first", "second");
		JsonNode first = admin.get(platform.order.baseUri(), "/api/v1/imports/" + jobs.get("first")).json();
		assertThat(List.of(first.get("status").asString(), first.get("total_rows").asInt(),
				first.get("success_rows").asInt(), first.get("failed_rows").asInt(), first.get("profile").asString()))
			.containsExactly("completed", 3, 3, 0, "acme");
		JsonNode second = admin.get(platform.order.baseUri(), "/api/v1/imports/" + jobs.get("second")).json();
		assertThat(List.of(second.get("status").asString(), second.get("total_rows").asInt(),
				second.get("success_rows").asInt(), second.get("failed_rows").asInt(),
				second.get("profile").asString()))
			.containsExactly("completed", 2, 2, 0, "acme");

		JsonNode orders = admin
			.get(platform.order.baseUri(),
					"/api/v1/orders?customer_email="
							+ URLEncoder.encode("mapping-a-" + run + "@example.co.jp", StandardCharsets.UTF_8))
			.json();
		assertThat(orders.get("total").asInt()).isEqualTo(1);
		JsonNode order = orders.get("items").get(0);
		assertThat(List.of(order.get("customer_name").asString(), order.get("currency").asString(),
				order.get("batch_id").asString(), order.get("items").size()))
			.containsExactly("田中太郎", "JPY", jobs.get("first"), 1);
		JsonNode item = order.get("items").get(0);
		assertThat(List.of(item.get("product_name").asString(), item.get("quantity").asInt(),
				item.get("notes").asString()))
			.containsExactly("ノートPC", 2, "至急 " + run);

		assertThat(admin.get(platform.order.baseUri(), "/api/v1/import-profiles/acme").status())
			.as("profile acme after the walk-through deleted it")
			.isEqualTo(404);
	}

	private static Map<String, String> jobIds(String output) {
		Matcher matcher = JOB_LINE.matcher(output);
		Map<String, String> ids = new java.util.LinkedHashMap<>();
		while (matcher.find()) {
			ids.put(matcher.group(1), matcher.group(2));
		}
		return ids;
	}

}

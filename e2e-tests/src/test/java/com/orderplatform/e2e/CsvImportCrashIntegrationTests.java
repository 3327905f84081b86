package com.orderplatform.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.api.ImportJobView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order service is killed (SIGKILL) while it imports a large file; started again, it
 * resumes the job by itself and ends with every row in exactly one order, one payment and
 * one charge at the gateway per order.
 */
class CsvImportCrashIntegrationTests {

	private static final int ROWS = 30_000;

	private static Platform platform;

	private static ApiClient admin;

	@BeforeAll
	static void startPlatform() {
		platform = Platform.shared();
		admin = login();
	}

	@Test
	void importKilledMidwayResumesAndImportsEveryRowExactlyOnce() {
		ApiClient.Response accepted = admin.postFile(platform.order.baseUri(), "/api/v1/imports",
				Map.of("notify", "none"), "crash-" + System.nanoTime() + ".csv", file());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String job = accepted.as(ImportJobView.class).id();

		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> job(job).status(), status -> status == ImportJobStatus.PROCESSING);
		platform.order.kill();
		platform.restart(platform.order);
		admin = login();

		ImportJobView finished = await().atMost(Duration.ofSeconds(300))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> job(job), view -> view.finishedAt() != null);
		assertThat(finished.status()).as(finished.error()).isEqualTo(ImportJobStatus.COMPLETED);
		assertThat(finished.successRows()).isEqualTo(ROWS);
		assertThat(total(platform.order.baseUri(), "/api/v1/orders?limit=1&batch_id=" + job)).isEqualTo(ROWS);
		assertThat(total(platform.order.baseUri(), "/api/v1/orders?limit=1&status=paid&batch_id=" + job))
			.isEqualTo(ROWS);
		assertThat(total(platform.payment.baseUri(), "/api/v1/payments?limit=1&batch_id=" + job)).isEqualTo(ROWS);
		assertThat(total(platform.payment.baseUri(), "/api/v1/payments?limit=1&status=completed&batch_id=" + job))
			.isEqualTo(ROWS);
		// and each order charged exactly once at the gateway, the chunk re-sent after the
		// crash included
		ImportLedger ledger = ImportLedger.read(platform, job);
		assertThat(ledger.gatewayCharges()).hasSize(ROWS)
			.allSatisfy((order, charges) -> assertThat(charges).as("charges of order %d", order).isOne());
	}

	private static byte[] file() {
		StringBuilder csv = new StringBuilder("customer_email,customer_name,product_name,quantity,unit_price\r\n");
		for (int i = 0; i < ROWS; i++) {
			csv.append("buyer")
				.append(i)
				.append("@example.co.jp,顧客")
				.append(i)
				.append(",商品")
				.append(i % 50)
				.append(',')
				.append(1 + i % 5)
				.append(',')
				.append(1000 + i % 9000)
				.append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static ImportJobView job(String id) {
		return admin.get(platform.order.baseUri(), "/api/v1/imports/" + id).as(ImportJobView.class);
	}

	private static long total(java.net.URI service, String path) {
		ApiClient.Response page = admin.get(service, path);
		assertThat(page.status()).as(page.body()).isEqualTo(200);
		return page.json().get("total").asLong();
	}

	private static ApiClient login() {
		return new ApiClient().login(platform.order.baseUri(), "admin", Platform.ADMIN_PASSWORD);
	}

}

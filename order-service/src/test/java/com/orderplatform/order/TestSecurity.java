package com.orderplatform.order;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import com.orderplatform.common.security.WebhookSignatures;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The security settings every test context of this service runs with: its own data
 * directory (so no test writes into the working tree), a known first admin password and
 * known webhook and revocation secrets, so tests can log in as the admin and sign
 * webhooks and pulls of the revocation list.
 */
public final class TestSecurity {

	/** The first admin's user name. */
	public static final String ADMIN_USERNAME = "admin";

	/** The first admin's password in tests ({@code OMS_ADMIN_PASSWORD}). */
	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	/** The payment webhooks' secret in tests ({@code OMS_WEBHOOK_SECRET}). */
	public static final String WEBHOOK_SECRET = "webhook-secret-for-tests-0123456789";

	/**
	 * The secret pulls of the revocation list are signed with
	 * ({@code OMS_REVOCATION_SECRET}).
	 */
	public static final String REVOCATION_SECRET = "revocation-secret-for-tests-0123";

	private TestSecurity() {
	}

	/**
	 * Registers the settings.
	 * @param registry the test class's registry
	 * @param dataDir the data directory of this test context
	 */
	public static void register(DynamicPropertyRegistry registry, Path dataDir) {
		registry.add("oms.data-dir", dataDir::toString);
		registry.add("oms.initial-admin.password", () -> ADMIN_PASSWORD);
		registry.add("oms.webhooks.secret", () -> WEBHOOK_SECRET);
		registry.add("oms.security.revocations.secret", () -> REVOCATION_SECRET);
	}

	/**
	 * The {@code X-OMS-Signature} header value the payment service would send about an
	 * order.
	 * @param orderId the order whose webhook path is signed
	 * @param body the exact body
	 * @param at the signing time
	 * @return the header value
	 */
	public static String webhookSignature(long orderId, String body, Instant at) {
		return webhookSignature("/api/v1/orders/" + orderId + "/webhook", body, at);
	}

	/**
	 * The {@code X-OMS-Signature} header value of a POST to the given path.
	 * @param path the canonical path signed
	 * @param body the exact body
	 * @param at the signing time
	 * @return the header value
	 */
	public static String webhookSignature(String path, String body, Instant at) {
		return WebhookSignatures.sign(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), at, "POST", path,
				body.getBytes(StandardCharsets.UTF_8));
	}

}

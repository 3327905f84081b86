package com.orderplatform.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.orderplatform.common.security.SharedSecrets;
import com.orderplatform.common.security.WebhookSignatures;
import com.orderplatform.payment.gateway.GatewayProperties;
import com.orderplatform.payment.orderwebhook.WebhookProperties;
import com.orderplatform.testsupport.AuthorizationMatrix.Caller;
import com.orderplatform.testsupport.TestTokenIssuer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the service's tests need to get past its security for real: {@code Authorization}
 * header values with tokens from the test issuer, and the shared secrets. Every context
 * of this test JVM uses one data directory, as the services share one on a machine, so
 * the secrets the service creates there on first start are the ones the tests sign and
 * verify with (the order service would read the same file).
 */
public final class TestSecurity {

	private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();

	private static final Path DATA_DIR = newDataDirectory();

	private TestSecurity() {
	}

	/**
	 * Makes the service trust the test issuer and keep its secrets in the shared test
	 * data directory.
	 * @param registry the test class's dynamic properties
	 */
	public static void register(DynamicPropertyRegistry registry) {
		ISSUER.register(registry);
		registry.add("oms.data-dir", DATA_DIR::toString);
	}

	/**
	 * A viewer's {@code Authorization} header value.
	 * @return {@code Bearer <token>}
	 */
	public static String viewer() {
		return bearer("yamada", "viewer");
	}

	/**
	 * The order service's {@code Authorization} header value.
	 * @return {@code Bearer <token>}
	 */
	public static String service() {
		return bearer("order-service", "service");
	}

	/**
	 * An admin's {@code Authorization} header value.
	 * @return {@code Bearer <token>}
	 */
	public static String admin() {
		return bearer("root", "admin");
	}

	/**
	 * The {@code Authorization} header value of a caller of the authorization matrix.
	 * @param caller the caller
	 * @return the header value, {@code null} for an anonymous caller
	 */
	public static String authorizationOf(Caller caller) {
		return ISSUER.authorizationOf(caller);
	}

	/**
	 * The secret webhooks to the order service are signed with.
	 * @return the secret
	 */
	public static byte[] webhookSecret() {
		return SharedSecrets.resolve(null, DATA_DIR, WebhookProperties.SECRET_FILE);
	}

	/**
	 * The secret the payment gateway signs its callbacks with.
	 * @return the secret
	 */
	public static byte[] gatewayCallbackSecret() {
		return SharedSecrets.resolve(null, DATA_DIR, GatewayProperties.CALLBACK_SECRET_FILE);
	}

	/** The gateway callback's path, which its signature covers. */
	public static final String GATEWAY_CALLBACK = "/api/v1/payments/webhook";

	/**
	 * Signs a gateway callback body as the gateway would, now.
	 * @param body the JSON body
	 * @return the {@value WebhookSignatures#HEADER} header value
	 */
	public static String signGatewayCallback(String body) {
		return WebhookSignatures.sign(gatewayCallbackSecret(), Instant.now(), "POST", GATEWAY_CALLBACK,
				body.getBytes(StandardCharsets.UTF_8));
	}

	private static String bearer(String subject, String role) {
		return ISSUER.bearer(subject, role);
	}

	private static Path newDataDirectory() {
		try {
			return Files.createTempDirectory("oms-payment-data-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.orderplatform.notification;

import com.orderplatform.testsupport.AuthorizationMatrix.Caller;
import com.orderplatform.testsupport.TestTokenIssuer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * {@code Authorization} header values with real tokens from the test issuer, so that the
 * tests call the service through its security, as its callers do.
 */
public final class TestTokens {

	private static final TestTokenIssuer ISSUER = TestTokenIssuer.shared();

	private TestTokens() {
	}

	/**
	 * Makes the service trust the test issuer.
	 * @param registry the test class's dynamic properties
	 */
	public static void register(DynamicPropertyRegistry registry) {
		ISSUER.register(registry);
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

	private static String bearer(String subject, String role) {
		return ISSUER.bearer(subject, role);
	}

}

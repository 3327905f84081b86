package com.orderplatform.common.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;

/**
 * How a service authenticates callers ({@code oms.security.*}).
 *
 * @param trustedIssuers the token issuers whose JWTs are accepted; by default the order
 * service, which issues the platform's own tokens. Add an external OIDC provider's issuer
 * URL to accept its tokens too (its discovery document and key set are fetched on first
 * use); an external issuer must be {@code https} (plain {@code http} only on the loopback
 * interface, for tests)
 * @param platformIssuer the platform's own issuer, the order service
 * ({@code OMS_ORDER_URL}): the only one whose tokens may carry the {@code service} role,
 * and the only one reached over plain {@code http} inside the platform's network
 * @param tokenAudience the audience every accepted token must name in its {@code aud}
 * claim ({@code OMS_TOKEN_AUDIENCE}); the order service puts it into the tokens it
 * issues, and an external provider must be set up to do the same
 * @param rolesClaim the claim carrying the role(s) ({@code roles}); a list or a
 * space-separated string
 * @param corsAllowedOrigins the browser origins allowed to call the API (the dashboard)
 * @param maxRequestBody the largest request body accepted outside multipart uploads
 */
@ConfigurationProperties("oms.security")
public record SecurityProperties(@DefaultValue("http://localhost:8000") List<String> trustedIssuers,
		@DefaultValue("http://localhost:8000") String platformIssuer,
		@DefaultValue("order-platform") String tokenAudience, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("http://localhost:5173") List<String> corsAllowedOrigins,
		@DefaultValue("2MB") DataSize maxRequestBody) {

	public SecurityProperties {
		Assert.notEmpty(trustedIssuers, "oms.security.trusted-issuers must name at least one issuer");
		Assert.hasText(platformIssuer, "oms.security.platform-issuer (OMS_ORDER_URL) must not be empty");
		Assert.hasText(tokenAudience, "oms.security.token-audience (OMS_TOKEN_AUDIENCE) must not be empty");
		Assert.hasText(rolesClaim, "oms.security.roles-claim must not be empty");
		Assert.isTrue(maxRequestBody.toBytes() > 0, "oms.security.max-request-body must be positive");
		trustedIssuers = trustedIssuers.stream().map(String::strip).filter(issuer -> !issuer.isEmpty()).toList();
		trustedIssuers.stream()
			.filter(issuer -> !issuer.equals(platformIssuer))
			.forEach(SecurityProperties::requireSecureIssuer);
		corsAllowedOrigins = corsAllowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
		Assert.isTrue(!corsAllowedOrigins.contains("*"),
				"oms.security.cors-allowed-origins must list origins, not '*'");
	}

	/**
	 * Whether tokens of this issuer come from outside the platform.
	 * @param issuer the issuer
	 * @return {@code true} unless it is the platform's own issuer
	 */
	public boolean isExternal(String issuer) {
		return !this.platformIssuer.equals(issuer);
	}

	private static void requireSecureIssuer(String issuer) {
		URI uri;
		try {
			uri = new URI(issuer);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("oms.security.trusted-issuers: '" + issuer + "' is not a URL", ex);
		}
		String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
		if ("https".equals(scheme) && uri.getHost() != null) {
			return;
		}
		Assert.isTrue("http".equals(scheme) && isLoopback(uri.getHost()),
				() -> "oms.security.trusted-issuers: the external issuer '" + issuer
						+ "' must use https (plain http is accepted only on the loopback interface, for tests)");
	}

	/**
	 * Whether a host name is this machine's loopback interface, by name alone (no name
	 * lookup: {@code localhost}, {@code 127.x.x.x}, {@code ::1}).
	 * @param host the host, may be {@code null}
	 * @return whether it is loopback
	 */
	public static boolean isLoopback(String host) {
		if (host == null) {
			return false;
		}
		String bare = host.replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
		return bare.equals("localhost") || bare.matches("127(\\.\\d{1,3}){3}") || bare.equals("::1");
	}

}

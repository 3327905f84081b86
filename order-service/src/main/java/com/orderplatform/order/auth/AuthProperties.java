package com.orderplatform.order.auth;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How this service issues tokens ({@code oms.auth.*}).
 *
 * @param issuer the tokens' {@code iss}: the URL the other services reach this service at
 * ({@code OMS_ORDER_URL}); they fetch {@code <issuer>/.well-known/openid-configuration}
 * to verify tokens, and it must be one of {@code oms.security.trusted-issuers}
 * @param tokenTtl how long a token is valid ({@code OMS_TOKEN_TTL}, 1 h by default; 1 min
 * to 24 h)
 */
@ConfigurationProperties("oms.auth")
public record AuthProperties(@DefaultValue("http://localhost:8000") String issuer,
		@DefaultValue("1h") Duration tokenTtl) {

	public AuthProperties {
		Assert.isTrue(issuer != null && isHttpUrl(issuer) && !issuer.endsWith("/"),
				() -> "oms.auth.issuer (OMS_ORDER_URL) must be an http(s) URL without a trailing slash but was '"
						+ issuer + "'");
		Assert.isTrue(
				tokenTtl != null && tokenTtl.compareTo(Duration.ofMinutes(1)) >= 0
						&& tokenTtl.compareTo(Duration.ofHours(24)) <= 0,
				() -> "oms.auth.token-ttl (OMS_TOKEN_TTL) must be between 1m and 24h but was " + tokenTtl);
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = URI.create(value);
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}

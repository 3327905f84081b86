package com.orderplatform.common.security;

import java.util.List;

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
 * use)
 * @param rolesClaim the claim carrying the role(s) ({@code roles}); a list or a
 * space-separated string
 * @param corsAllowedOrigins the browser origins allowed to call the API (the dashboard)
 * @param maxRequestBody the largest request body accepted outside multipart uploads
 */
@ConfigurationProperties("oms.security")
public record SecurityProperties(@DefaultValue("http://localhost:8000") List<String> trustedIssuers,
		@DefaultValue("roles") String rolesClaim,
		@DefaultValue("http://localhost:5173") List<String> corsAllowedOrigins,
		@DefaultValue("2MB") DataSize maxRequestBody) {

	public SecurityProperties {
		Assert.notEmpty(trustedIssuers, "oms.security.trusted-issuers must name at least one issuer");
		Assert.hasText(rolesClaim, "oms.security.roles-claim must not be empty");
		Assert.isTrue(maxRequestBody.toBytes() > 0, "oms.security.max-request-body must be positive");
		corsAllowedOrigins = corsAllowedOrigins.stream().filter(origin -> !origin.isBlank()).toList();
		Assert.isTrue(!corsAllowedOrigins.contains("*"),
				"oms.security.cors-allowed-origins must list origins, not '*'");
	}

}

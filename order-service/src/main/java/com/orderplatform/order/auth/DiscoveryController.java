package com.orderplatform.order.auth;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the discovery document and the public keys ({@code public}), which the
 * payment and notification services fetch to verify the tokens issued here.
 */
@RestController
@Tag(name = "Authentication")
@SecurityRequirements
class DiscoveryController {

	static final String JWKS_PATH = "/.well-known/jwks.json";

	private final AuthProperties properties;

	private final SigningKeys keys;

	DiscoveryController(AuthProperties properties, SigningKeys keys) {
		this.properties = properties;
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "OpenID Connect discovery document")
	OpenIdConfiguration configuration() {
		return new OpenIdConfiguration(this.properties.issuer(), this.properties.issuer() + JWKS_PATH, List.of("RS256"),
				List.of("public"));
	}

	@GetMapping(path = JWKS_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The public keys tokens are signed with (JWK set)")
	Map<String, Object> keys() {
		return this.keys.publicKeys().toJSONObject(true);
	}

}

package com.orderplatform.order.auth;

import java.util.List;

/**
 * The OIDC discovery document ({@code /.well-known/openid-configuration}): what the other
 * services need to verify this service's tokens.
 *
 * @param issuer the tokens' {@code iss}
 * @param jwksUri where the public keys are
 * @param idTokenSigningAlgValuesSupported {@code RS256}
 * @param subjectTypesSupported {@code public}
 */
public record OpenIdConfiguration(String issuer, String jwksUri, List<String> idTokenSigningAlgValuesSupported,
		List<String> subjectTypesSupported) {
}

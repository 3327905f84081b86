package com.orderplatform.order.auth;

import java.time.Clock;

import com.nimbusds.jose.jwk.JWKSet;
import com.orderplatform.common.security.LocalTokenIssuer;
import com.orderplatform.common.security.PublicEndpoints;
import com.orderplatform.common.security.RevocationPulls;
import com.orderplatform.common.security.SecurityProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The token encoder, signing with the stored key, and this service's
 * {@link LocalTokenIssuer}, so the platform's security checks the tokens it issued itself
 * with that key directly instead of fetching its own key set over HTTP. The revocation
 * list the other services pull is open to Spring Security: its signature is checked by
 * {@link RevocationListController}.
 */
@Configuration(proxyBeanMethods = false)
class TokenConfiguration {

	@Bean
	JwtEncoder jwtEncoder(SigningKeys keys) {
		// The key is read when the first token is signed, after the database is migrated.
		return new NimbusJwtEncoder((selector, context) -> selector.select(new JWKSet(keys.signingKey())));
	}

	@Bean
	PublicEndpoints revocationListEndpoint() {
		return PublicEndpoints.of(PublicEndpoints.endpoint(HttpMethod.GET, RevocationPulls.PATH));
	}

	@Bean
	LocalTokenIssuer localTokenIssuer(AuthProperties properties, SecurityProperties security, SigningKeys keys,
			Clock clock) {
		if (!security.trustedIssuers().contains(properties.issuer())) {
			throw new IllegalStateException("oms.auth.issuer '" + properties.issuer()
					+ "' is not among oms.security.trusted-issuers " + security.trustedIssuers()
					+ ": every service, this one included, would refuse the tokens it issues. "
					+ "Set OMS_ORDER_URL (or OMS_TRUSTED_ISSUERS) so that they agree");
		}
		if (security.isExternal(properties.issuer())) {
			throw new IllegalStateException("oms.auth.issuer '" + properties.issuer()
					+ "' is not oms.security.platform-issuer '" + security.platformIssuer()
					+ "': the other services would take this service's tokens for an external provider's and refuse "
					+ "its service identity. Set OMS_ORDER_URL so that they agree");
		}
		return new OwnTokens(properties.issuer(), keys, clock);
	}

}

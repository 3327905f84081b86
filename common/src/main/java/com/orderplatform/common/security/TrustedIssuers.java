package com.orderplatform.common.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Picks the authentication for a token by its issuer: the local issuer's own key when
 * this service issued it, otherwise the issuer's published key set (OIDC discovery,
 * fetched on the first token of that issuer, then cached). Tokens of any other issuer are
 * refused.
 */
public class TrustedIssuers implements AuthenticationManagerResolver<String> {

	private final Set<String> trusted;

	private final Optional<LocalTokenIssuer> local;

	private final Converter<Jwt, AbstractAuthenticationToken> authenticationConverter;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	private final RevokedTokenValidator revocations;

	public TrustedIssuers(SecurityProperties properties, Optional<LocalTokenIssuer> local,
			RevokedTokenValidator revocations) {
		this.trusted = Set.copyOf(properties.trustedIssuers());
		this.local = local;
		this.revocations = revocations;
		this.authenticationConverter = new RoleClaimAuthenticationConverter(properties.rolesClaim());
	}

	@Override
	public AuthenticationManager resolve(String issuer) {
		if (issuer == null || !this.trusted.contains(issuer)) {
			return null;
		}
		return this.managers.computeIfAbsent(issuer, this::managerFor);
	}

	private AuthenticationManager managerFor(String issuer) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(
				this.revocations.checking(decoderFor(issuer)));
		provider.setJwtAuthenticationConverter(this.authenticationConverter);
		return provider::authenticate;
	}

	private JwtDecoder decoderFor(String issuer) {
		if (this.local.isPresent() && this.local.get().issuer().equals(issuer)) {
			return this.local.get().decoder();
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
		return decoder;
	}

}

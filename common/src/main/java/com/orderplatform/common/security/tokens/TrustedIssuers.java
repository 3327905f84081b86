package com.orderplatform.common.security.tokens;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.orderplatform.common.security.LocalTokenIssuer;
import com.orderplatform.common.security.Roles;
import com.orderplatform.common.security.SecurityProperties;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Picks the authentication for a token by its issuer: the local issuer's own key when
 * this service issued it, otherwise the issuer's published key set (OIDC discovery with
 * timeouts, fetched on the first token of that issuer, then cached; see
 * {@link IssuerKeys}). Tokens of any other issuer are refused. Every accepted token must
 * name the platform's audience; tokens of an external issuer never carry the
 * {@code service} role, whatever they claim.
 */
public class TrustedIssuers implements AuthenticationManagerResolver<String> {

	private final SecurityProperties properties;

	private final Set<String> trusted;

	private final Optional<LocalTokenIssuer> local;

	private final Clock clock;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	private final RevokedTokenValidator revocations;

	public TrustedIssuers(SecurityProperties properties, Optional<LocalTokenIssuer> local, Clock clock,
			RevokedTokenValidator revocations) {
		this.properties = properties;
		this.trusted = Set.copyOf(properties.trustedIssuers());
		this.local = local;
		this.clock = clock;
		this.revocations = revocations;
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
				forAudience(this.revocations.checking(decoderFor(issuer)), this.properties.tokenAudience()));
		boolean external = this.properties.isExternal(issuer);
		Converter<Jwt, AbstractAuthenticationToken> converter = new RoleClaimAuthenticationConverter(
				this.properties.rolesClaim(), external ? Set.of(Roles.SERVICE) : Set.of());
		provider.setJwtAuthenticationConverter(converter);
		return provider::authenticate;
	}

	private JwtDecoder decoderFor(String issuer) {
		if (this.local.isPresent() && this.local.get().issuer().equals(issuer)) {
			return this.local.get().decoder();
		}
		return new IssuerKeys(issuer, this.properties.isExternal(issuer), this.clock);
	}

	/** Refuses a token whose {@code aud} claim does not name the audience. */
	private static JwtDecoder forAudience(JwtDecoder decoder, String audience) {
		return token -> {
			Jwt jwt = decoder.decode(token);
			if (jwt.getAudience() == null || !jwt.getAudience().contains(audience)) {
				throw new BadJwtException("The token is not meant for this platform: its audience " + jwt.getAudience()
						+ " does not name '" + audience + "'");
			}
			return jwt;
		};
	}

}

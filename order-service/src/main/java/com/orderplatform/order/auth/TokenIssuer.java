package com.orderplatform.order.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.orderplatform.common.security.SecurityProperties;
import com.orderplatform.order.user.AuthenticatedUser;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Mints the platform's tokens: RS256 JWTs with {@code iss} (this service), {@code sub},
 * {@code aud} (the platform, {@code OMS_TOKEN_AUDIENCE}), the roles claim, {@code iat},
 * {@code exp} and a unique {@code jti}; a user's token also carries the user's token
 * version ({@code ver}), which every service compares with the user's current one to
 * refuse revoked tokens. Service tokens have none.
 */
@Component
public class TokenIssuer {

	/** The claim carrying a user's token version. */
	static final String VERSION_CLAIM = "ver";

	private final JwtEncoder encoder;

	private final SigningKeys keys;

	private final AuthProperties properties;

	private final String rolesClaim;

	private final String audience;

	private final Clock clock;

	TokenIssuer(JwtEncoder encoder, SigningKeys keys, AuthProperties properties, SecurityProperties security,
			Clock clock) {
		this.encoder = encoder;
		this.keys = keys;
		this.properties = properties;
		this.rolesClaim = security.rolesClaim();
		this.audience = security.tokenAudience();
		this.clock = clock;
	}

	/**
	 * Issues a token valid for {@code oms.auth.token-ttl}.
	 * @param subject the user or service name
	 * @param roles its roles as the claim carries them ({@code "operator"})
	 * @return the token
	 */
	public IssuedToken issue(String subject, List<String> roles) {
		return issue(subject, roles, null);
	}

	/**
	 * Issues a user's token, valid for {@code oms.auth.token-ttl}.
	 * @param user the user whose password was just checked
	 * @return the token, with the user's role and token version
	 */
	public IssuedToken issueFor(AuthenticatedUser user) {
		return issue(user.username(), List.of(user.role().name().toLowerCase(Locale.ROOT)), user.tokenVersion());
	}

	private IssuedToken issue(String subject, List<String> roles, Long version) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.tokenTtl());
		JwtClaimsSet.Builder builder = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(subject)
			.audience(List.of(this.audience))
			.claim(this.rolesClaim, List.copyOf(roles))
			.issuedAt(now)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString());
		if (version != null) {
			builder.claim(VERSION_CLAIM, version);
		}
		JwtClaimsSet claims = builder.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.signingKey().getKeyID()).build();
		String value = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedToken(value, now, expiresAt);
	}

	/**
	 * How long the tokens issued now are valid.
	 * @return the lifetime
	 */
	public Duration tokenTtl() {
		return this.properties.tokenTtl();
	}

}

package com.orderplatform.order;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.order.auth.AuthProperties;
import com.orderplatform.order.auth.TokenIssuer;

import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Real tokens from the service under test: valid ones from its own {@link TokenIssuer},
 * expired ones from its encoder, and forged ones signed by a stranger's key under the
 * service's key id.
 */
public final class TestTokens {

	private final TokenIssuer issuer;

	private final JwtEncoder encoder;

	private final String issuerUrl;

	private final Clock clock;

	private TestTokens(ApplicationContext context) {
		this.issuer = context.getBean(TokenIssuer.class);
		this.encoder = context.getBean(JwtEncoder.class);
		this.issuerUrl = context.getBean(AuthProperties.class).issuer();
		this.clock = context.getBean(Clock.class);
	}

	/**
	 * The tokens of a running service.
	 * @param context its application context
	 * @return the tokens
	 */
	public static TestTokens of(ApplicationContext context) {
		return new TestTokens(context);
	}

	/**
	 * A valid token.
	 * @param subject the user name
	 * @param roles its roles ({@code "operator"})
	 * @return the compact JWT
	 */
	public String token(String subject, String... roles) {
		return this.issuer.issue(subject, List.of(roles)).value();
	}

	/**
	 * A token of this issuer and key that expired an hour ago.
	 * @param subject the user name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String expiredToken(String subject, String... roles) {
		Instant now = this.clock.instant();
		return this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
					claims(subject, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)), roles)))
			.getTokenValue();
	}

	/**
	 * A token that names this issuer and its key id but is signed by another RSA key.
	 * @param subject the user name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String forgedToken(String subject, String... roles) {
		try {
			String keyId = SignedJWT.parse(token(subject, roles)).getHeader().getKeyID();
			RSAKey stranger = new RSAKeyGenerator(2048).keyID(keyId).generate();
			JwtEncoder forger = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(stranger)));
			Instant now = this.clock.instant();
			return forger
				.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build(),
						claims(subject, now, now.plus(Duration.ofHours(1)), roles)))
				.getTokenValue();
		}
		catch (ParseException | JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private JwtClaimsSet claims(String subject, Instant issuedAt, Instant expiresAt, String... roles) {
		return JwtClaimsSet.builder()
			.issuer(this.issuerUrl)
			.subject(subject)
			.audience(List.of("order-platform"))
			.claim("roles", List.of(roles))
			.issuedAt(issuedAt)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.build();
	}

}

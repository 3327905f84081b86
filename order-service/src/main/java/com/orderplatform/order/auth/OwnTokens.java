package com.orderplatform.order.auth;

import java.time.Clock;
import java.util.Objects;

import com.orderplatform.common.security.LocalTokenIssuer;
import com.orderplatform.common.security.ReloadingKeySet;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies this service's own tokens with its stored public keys: RS256 only, the issuer,
 * and an expiry that has not passed on this service's clock. The keys are read from the
 * database again when a token names a key id this instance does not hold (at most every
 * ten seconds, see {@link ReloadingKeySet}): another instance may have stored it.
 */
final class OwnTokens implements LocalTokenIssuer {

	private final String issuer;

	private final SigningKeys keys;

	private final Clock clock;

	private volatile JwtDecoder decoder;

	OwnTokens(String issuer, SigningKeys keys, Clock clock) {
		this.issuer = issuer;
		this.keys = keys;
		this.clock = clock;
	}

	@Override
	public String issuer() {
		return this.issuer;
	}

	@Override
	public JwtDecoder decoder() {
		JwtDecoder current = this.decoder;
		if (current == null) {
			synchronized (this) {
				current = this.decoder;
				if (current == null) {
					current = createDecoder();
					this.decoder = current;
				}
			}
		}
		return current;
	}

	private JwtDecoder createDecoder() {
		ReloadingKeySet keySet = new ReloadingKeySet("this service (" + this.issuer + ")", this.keys::reload,
				this.clock);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keySet)
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		JwtTimestampValidator expiry = new JwtTimestampValidator();
		expiry.setClock(this.clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(expiry, new JwtIssuerValidator(this.issuer),
				new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull)));
		return decoder;
	}

}

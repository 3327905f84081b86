package com.orderplatform.common.security.tokens;

import com.orderplatform.common.security.TokenRevocations;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Refuses a platform token whose {@code ver} claim is below its user's current version,
 * so disabling a user or changing a password ends their sessions on every service at
 * once. Only tokens of the platform's own issuer that carry {@code ver} are checked:
 * tokens of an external OIDC provider (whose {@code ver} means something else) and the
 * service tokens (which have none) are left alone.
 */
public class RevokedTokenValidator implements OAuth2TokenValidator<Jwt> {

	/** The claim carrying the user's token version. */
	static final String VERSION_CLAIM = "ver";

	/** The error description of a revoked token, also the start of the 401's detail. */
	public static final String REVOKED = "Token revoked";

	private final String issuer;

	private final TokenRevocations revocations;

	public RevokedTokenValidator(String issuer, TokenRevocations revocations) {
		this.issuer = issuer;
		this.revocations = revocations;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		Object version = jwt.getClaims().get(VERSION_CLAIM);
		if (version == null || !this.issuer.equals(jwt.getClaimAsString("iss"))) {
			return OAuth2TokenValidatorResult.success();
		}
		if (!(version instanceof Number number) || number.doubleValue() != number.longValue()) {
			return failure("The ver claim is not a whole number");
		}
		if (this.revocations.isRevoked(jwt.getSubject(), number.longValue())) {
			return failure(REVOKED);
		}
		return OAuth2TokenValidatorResult.success();
	}

	/**
	 * A decoder that also applies this check after the given one has verified the
	 * signature and expiry.
	 * @param decoder the issuer's decoder
	 * @return the checking decoder
	 */
	public JwtDecoder checking(JwtDecoder decoder) {
		return token -> {
			Jwt jwt = decoder.decode(token);
			OAuth2TokenValidatorResult result = validate(jwt);
			if (result.hasErrors()) {
				throw new JwtValidationException(result.getErrors().iterator().next().getDescription(),
						result.getErrors());
			}
			return jwt;
		};
	}

	/**
	 * Whether an authentication failed because the token was revoked.
	 * @param failure the failure
	 * @return {@code true} for a revoked token
	 */
	public static boolean isRevocation(AuthenticationException failure) {
		return failure != null && failure.getCause() instanceof JwtValidationException invalid
				&& invalid.getErrors().stream().anyMatch(error -> REVOKED.equals(error.getDescription()));
	}

	private static OAuth2TokenValidatorResult failure(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}

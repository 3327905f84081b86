package com.orderplatform.common.security.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.common.security.TokenRevocations;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Only the platform issuer's tokens that carry {@code ver} are checked; a version below
 * the user's current one is refused as revoked.
 */
class RevokedTokenValidatorTests {

	private static final String PLATFORM = "http://orders.example:8000";

	private final TokenRevocations revocations = new TokenRevocations(Clock.systemUTC());

	private final RevokedTokenValidator validator = new RevokedTokenValidator(PLATFORM, this.revocations);

	@Test
	void refusesAPlatformTokenBelowTheUsersVersion() {
		revoke("tanaka", 2);

		assertThat(errors(jwt(PLATFORM, "tanaka", 1L))).containsExactly("Token revoked");
		assertThat(errors(jwt(PLATFORM, "tanaka", 2L))).isEmpty();
		assertThat(errors(jwt(PLATFORM, "suzuki", 0L))).isEmpty();
	}

	@Test
	void leavesTokensWithoutAVersionAndOtherIssuersTokensAlone() {
		revoke("tanaka", 2);

		assertThat(errors(jwt(PLATFORM, "tanaka", null))).as("service tokens carry no ver").isEmpty();
		assertThat(errors(jwt("https://login.example.com/v2.0", "tanaka", "2.0"))).as("an OIDC provider's ver")
			.isEmpty();
		assertThat(errors(jwt("https://login.example.com/v2.0", "tanaka", 1L))).isEmpty();
	}

	@Test
	void refusesAPlatformTokenWhoseVersionIsNotAWholeNumber() {
		assertThat(errors(jwt(PLATFORM, "tanaka", "1"))).containsExactly("The ver claim is not a whole number");
		assertThat(errors(jwt(PLATFORM, "tanaka", 1.5))).containsExactly("The ver claim is not a whole number");
	}

	@Test
	void theCheckingDecoderThrowsAValidationExceptionTheEntryPointRecognises() {
		revoke("tanaka", 1);
		Jwt revoked = jwt(PLATFORM, "tanaka", 0L);
		Jwt current = jwt(PLATFORM, "tanaka", 1L);

		assertThat(this.validator.checking(token -> current).decode("t")).isSameAs(current);
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> this.validator.checking(token -> revoked).decode("t"))
			.satisfies(ex -> assertThat(
					RevokedTokenValidator.isRevocation(new InvalidBearerTokenException(ex.getMessage(), ex)))
				.isTrue());
		assertThat(RevokedTokenValidator.isRevocation(new InvalidBearerTokenException("expired"))).isFalse();
	}

	private void revoke(String subject, long version) {
		this.revocations.apply(List.of(new TokenRevocation(subject, version, Instant.now().plusSeconds(3600))));
	}

	private List<String> errors(Jwt jwt) {
		return this.validator.validate(jwt).getErrors().stream().map(OAuth2Error::getDescription).toList();
	}

	private static Jwt jwt(String issuer, String subject, Object version) {
		Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuer(issuer).subject(subject);
		if (version != null) {
			builder.claim("ver", version);
		}
		return builder.build();
	}

}

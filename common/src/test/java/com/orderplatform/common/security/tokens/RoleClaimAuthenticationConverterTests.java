package com.orderplatform.common.security.tokens;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class RoleClaimAuthenticationConverterTests {

	private final RoleClaimAuthenticationConverter converter = new RoleClaimAuthenticationConverter("roles");

	@Test
	void mapsAListOfRolesToRoleAuthorities() {
		assertThat(authorities(jwt(List.of("admin", "Viewer")))).containsExactly("ROLE_ADMIN", "ROLE_VIEWER");
	}

	@Test
	void mapsASpaceSeparatedStringOfRoles() {
		assertThat(authorities(jwt("operator service"))).containsExactly("ROLE_OPERATOR", "ROLE_SERVICE");
	}

	@Test
	void grantsNothingWithoutTheClaim() {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("x").issuedAt(Instant.now()).build();

		assertThat(authorities(jwt)).isEmpty();
		assertThat(this.converter.convert(jwt).getName()).isEqualTo("x");
	}

	private List<String> authorities(Jwt jwt) {
		return this.converter.convert(jwt).getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

	private static Jwt jwt(Object roles) {
		return Jwt.withTokenValue("t").header("alg", "RS256").subject("tanaka").claim("roles", roles).build();
	}

}

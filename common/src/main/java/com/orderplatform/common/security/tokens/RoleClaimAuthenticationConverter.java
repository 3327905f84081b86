package com.orderplatform.common.security.tokens;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.orderplatform.common.security.Roles;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a token's role claim ({@code "roles": ["admin"]} or {@code "roles": "admin"})
 * into {@code ROLE_ADMIN} authorities, leaving out roles this issuer may not grant (an
 * external provider may not make anyone the platform's {@code service}); the token's
 * subject becomes the principal's name.
 */
public class RoleClaimAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final String rolesClaim;

	private final Set<String> refused;

	public RoleClaimAuthenticationConverter(String rolesClaim) {
		this(rolesClaim, Set.of());
	}

	/**
	 * Creates the converter.
	 * @param rolesClaim the claim carrying the roles
	 * @param refused roles ({@link Roles} names) this issuer's tokens never get
	 */
	public RoleClaimAuthenticationConverter(String rolesClaim, Set<String> refused) {
		this.rolesClaim = rolesClaim;
		this.refused = Set.copyOf(refused);
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		List<GrantedAuthority> authorities = roles(jwt.getClaims().get(this.rolesClaim)).filter(role -> !role.isBlank())
			.map(Roles::fromClaim)
			.filter(role -> !this.refused.contains(role))
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
	}

	private static Stream<String> roles(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf);
		}
		if (claim instanceof String value) {
			return Stream.of(value.split("[\\s,]+"));
		}
		return Stream.empty();
	}

}

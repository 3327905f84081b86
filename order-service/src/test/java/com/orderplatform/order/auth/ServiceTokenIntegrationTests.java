package com.orderplatform.order.auth;

import java.time.Duration;

import com.orderplatform.common.security.LocalTokenIssuer;
import com.orderplatform.order.SecurityIntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own token for its calls to the other services: its identity, verified
 * like any token of this issuer, reused until a minute before it expires.
 */
class ServiceTokenIntegrationTests extends SecurityIntegrationTestSupport {

	@Autowired
	private ServiceTokenInterceptor serviceToken;

	@Autowired
	private LocalTokenIssuer issuer;

	@Test
	void identifiesTheOrderServiceWithTheServiceRoleOnly() {
		Jwt token = this.issuer.decoder().decode(this.serviceToken.token());

		assertThat(token.getSubject()).isEqualTo("order-service");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("service");
		assertThat(token.getIssuer()).hasToString(ISSUER);
	}

	@Test
	void reusesTheTokenUntilAMinuteBeforeItExpires() {
		String first = this.serviceToken.token();
		Jwt decoded = this.issuer.decoder().decode(first);
		Duration untilRenewal = Duration.between(this.clock.instant(), decoded.getExpiresAt()).minusMinutes(1);

		this.clock.advance(untilRenewal.minusSeconds(1));
		String stillFirst = this.serviceToken.token();
		this.clock.advance(Duration.ofSeconds(1));
		String renewed = this.serviceToken.token();

		assertThat(stillFirst).isEqualTo(first);
		assertThat(renewed).isNotEqualTo(first);
		assertThat(this.issuer.decoder().decode(renewed).getExpiresAt())
			.isEqualTo(this.clock.instant().plus(Duration.ofHours(1)));
	}

}

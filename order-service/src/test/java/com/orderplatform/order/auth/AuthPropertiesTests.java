package com.orderplatform.order.auth;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The issuer and token lifetime fail fast with the property's name. */
class AuthPropertiesTests {

	@Test
	void acceptsAnHttpsIssuerAndAnHour() {
		AuthProperties properties = new AuthProperties("https://orders.example.com", Duration.ofHours(1));

		assertThat(properties.issuer()).isEqualTo("https://orders.example.com");
		assertThat(properties.tokenTtl()).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void refusesAnIssuerWithATrailingSlash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthProperties("http://localhost:8000/", Duration.ofHours(1)))
			.withMessage("oms.auth.issuer (OMS_ORDER_URL) must be an http(s) URL without a trailing slash "
					+ "but was 'http://localhost:8000/'");
	}

	@Test
	void refusesARelativeIssuer() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuthProperties("orders", Duration.ofHours(1)))
			.withMessageStartingWith("oms.auth.issuer (OMS_ORDER_URL) must be an http(s) URL");
	}

	@Test
	void refusesATokenLifetimeBeyondADay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuthProperties("http://localhost:8000", Duration.ofHours(25)))
			.withMessage("oms.auth.token-ttl (OMS_TOKEN_TTL) must be between 1m and 24h but was PT25H");
	}

}

package com.orderplatform.common.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SecurityPropertiesTests {

	private static final String PLATFORM = "http://order-service:8000";

	@Test
	void acceptsTheCleartextPlatformIssuerAndHttpsOrLoopbackExternalOnes() {
		SecurityProperties properties = properties(PLATFORM, "https://idp.example.co.jp/realms/oms",
				"http://127.0.0.1:8081", "http://localhost:9000", "http://[::1]:9000");

		assertThat(properties.trustedIssuers()).hasSize(5);
		assertThat(properties.isExternal(PLATFORM)).isFalse();
		assertThat(properties.isExternal("https://idp.example.co.jp/realms/oms")).isTrue();
	}

	@Test
	void refusesAnExternalIssuerOverPlainHttpNamingTheSetting() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(PLATFORM, "http://idp.example.co.jp"))
			.withMessage("oms.security.trusted-issuers: the external issuer 'http://idp.example.co.jp' must use https "
					+ "(plain http is accepted only on the loopback interface, for tests)");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(PLATFORM, "http://127.0.0.1.evil.example"))
			.withMessageContaining("must use https");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(PLATFORM, "ftp://idp.example.co.jp"))
			.withMessageContaining("must use https");
	}

	@Test
	void refusesAnEmptyAudience() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SecurityProperties(List.of(PLATFORM), PLATFORM, " ", "roles", List.of(),
					DataSize.ofMegabytes(2)))
			.withMessage("oms.security.token-audience (OMS_TOKEN_AUDIENCE) must not be empty");
	}

	private static SecurityProperties properties(String... issuers) {
		return new SecurityProperties(List.of(issuers), PLATFORM, "order-platform", "roles",
				List.of("http://localhost:5173"), DataSize.ofMegabytes(2));
	}

}

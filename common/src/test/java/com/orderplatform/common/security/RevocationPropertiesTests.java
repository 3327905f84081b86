package com.orderplatform.common.security;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The revocation settings refuse a bad value naming the setting, and hide the secret. */
class RevocationPropertiesTests {

	@Test
	void refusesARefreshOutsideOneSecondToFiveMinutes() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RevocationProperties("http://localhost:8000", Duration.ofMillis(500), null))
			.withMessage(
					"oms.security.revocations.refresh (OMS_REVOCATION_REFRESH) must be between 1s and 5m but was PT0.5S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RevocationProperties("http://localhost:8000", Duration.ofMinutes(6), null));
	}

	@Test
	void dropsATrailingSlashFromTheIssuerAndNeverPrintsTheSecret() {
		RevocationProperties properties = new RevocationProperties("http://orders:8000/", Duration.ofSeconds(5),
				"a-secret-of-some-length");

		assertThat(properties.issuer()).isEqualTo("http://orders:8000");
		assertThat(properties)
			.hasToString("RevocationProperties[issuer=http://orders:8000, refresh=PT5S, secret=(set)]");
	}

}

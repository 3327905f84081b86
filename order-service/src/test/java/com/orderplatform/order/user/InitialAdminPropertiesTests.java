package com.orderplatform.order.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The first admin's settings refuse what could never log in, naming the variable. */
class InitialAdminPropertiesTests {

	@Test
	void generatesThePasswordWhenNoneIsSet() {
		assertThat(new InitialAdminProperties("admin", "").hasPassword()).isFalse();
		assertThat(new InitialAdminProperties("admin", null).hasPassword()).isFalse();
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InitialAdminProperties("admin", "short-pass1"))
			.withMessage("oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at least 12 characters");
	}

	@Test
	void refusesAPasswordLongerThanBCryptReads() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InitialAdminProperties("admin", "パスワード".repeat(5)))
			.withMessage("oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at most 72 bytes in UTF-8");
	}

	@Test
	void refusesAnInvalidUsername() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InitialAdminProperties("root user", null))
			.withMessage("oms.initial-admin.username (OMS_ADMIN_USERNAME) must be 3 to 64 letters, digits or . _ @ - "
					+ "but was 'root user'");
	}

	@Test
	void neverShowsThePassword() {
		assertThat(new InitialAdminProperties("admin", "a-long-secret-password"))
			.hasToString("InitialAdminProperties[username=admin, password=(set)]");
	}

}

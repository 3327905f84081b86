package com.orderplatform.order.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The first admin's settings refuse what could never log in, naming the variable. */
class InitialAdminPropertiesTests {

	@Test
	void generatesThePasswordWhenNoneIsSet() {
		assertThat(new InitialAdminProperties("admin", "", null, "/dev/tty").hasPassword()).isFalse();
		assertThat(new InitialAdminProperties("admin", null, null, "/dev/tty").hasPassword()).isFalse();
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharacters() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InitialAdminProperties("admin", "short-pass1", null, "/dev/tty"))
			.withMessage("oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at least 12 characters");
	}

	@Test
	void refusesAPasswordLongerThanBCryptReads() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InitialAdminProperties("admin", "パスワード".repeat(5), null, "/dev/tty"))
			.withMessage("oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at most 72 bytes in UTF-8");
	}

	@Test
	void refusesAnInvalidUsername() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InitialAdminProperties("root user", null, null, "/dev/tty"))
			.withMessage("oms.initial-admin.username (OMS_ADMIN_USERNAME) must be 3 to 64 letters, digits or . _ @ - "
					+ "but was 'root user'");
	}

	@Test
	void acceptsAnOptionalEmailAndRefusesOneThatIsNot() {
		assertThat(new InitialAdminProperties("admin", null, " ", "/dev/tty").email()).isNull();
		assertThat(new InitialAdminProperties("admin", null, "ops@example.jp", "/dev/tty").email())
			.isEqualTo("ops@example.jp");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InitialAdminProperties("admin", null, "ops", "/dev/tty"))
			.withMessage("oms.initial-admin.email (OMS_ADMIN_EMAIL) must be an email address but was 'ops'");
	}

	@Test
	void neverShowsThePassword() {
		assertThat(new InitialAdminProperties("admin", "a-long-secret-password", null, "/dev/tty"))
			.hasToString("InitialAdminProperties[username=admin, email=null, password=(set), terminal=/dev/tty]");
	}

}

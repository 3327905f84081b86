package com.orderplatform.order.user;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * The first admin, created on the first start when there are no users yet
 * ({@code oms.initial-admin.*}).
 *
 * @param username {@code OMS_ADMIN_USERNAME}, {@code admin} by default
 * @param password {@code OMS_ADMIN_PASSWORD}; when empty a random one is generated,
 * written to {@code ${oms.data-dir}/initial-admin-password} and shown once on the
 * terminal
 * @param email {@code OMS_ADMIN_EMAIL}, optional: where the admin's own messages go (the
 * summaries of their CSV imports)
 * @param terminal {@code oms.initial-admin.terminal}: the terminal a generated password
 * is shown on ({@code /dev/tty}: the controlling terminal, when there is one); empty for
 * never
 */
@ConfigurationProperties("oms.initial-admin")
public record InitialAdminProperties(@DefaultValue("admin") String username, String password, String email,
		@DefaultValue("/dev/tty") String terminal) {

	public InitialAdminProperties {
		Assert.isTrue(username != null && username.matches("[A-Za-z0-9._@-]{3,64}"),
				() -> "oms.initial-admin.username (OMS_ADMIN_USERNAME) must be 3 to 64 letters, digits or . _ @ - but was '"
						+ username + "'");
		if (email != null && email.isBlank()) {
			email = null;
		}
		String address = email;
		Assert.isTrue(address == null || address.matches("[^@\\s]+@[^@\\s]+"),
				() -> "oms.initial-admin.email (OMS_ADMIN_EMAIL) must be an email address but was '" + address + "'");
		if (password != null && password.isEmpty()) {
			password = null;
		}
		if (password != null) {
			Assert.isTrue(password.length() >= 12,
					"oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at least 12 characters");
			Assert.isTrue(Passwords.fitsBCrypt(password),
					"oms.initial-admin.password (OMS_ADMIN_PASSWORD) must be at most " + Passwords.MAX_BYTES
							+ " bytes in UTF-8");
		}
	}

	/**
	 * Where a generated password is shown.
	 * @return the terminal, perhaps none
	 */
	ControllingTerminal controllingTerminal() {
		return new ControllingTerminal(
				(this.terminal == null || this.terminal.isBlank()) ? null : Path.of(this.terminal));
	}

	/**
	 * Whether a password is configured.
	 * @return {@code false} when one is to be generated
	 */
	boolean hasPassword() {
		return this.password != null;
	}

	@Override
	public String toString() {
		return "InitialAdminProperties[username=" + this.username + ", email=" + this.email + ", password="
				+ (hasPassword() ? "(set)" : "(none)") + ", terminal=" + this.terminal + "]";
	}

}

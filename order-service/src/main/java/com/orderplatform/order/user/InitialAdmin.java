package com.orderplatform.order.user;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import com.orderplatform.order.OrderServiceProperties;
import com.orderplatform.order.api.UserRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin when the users table is empty, before the service accepts
 * requests: from {@code OMS_ADMIN_USERNAME} and {@code OMS_ADMIN_PASSWORD}, or with a
 * generated password. A generated password goes to the owner-only file
 * {@code ${oms.data-dir}/initial-admin-password} and, when the service was started from a
 * terminal, is shown there once ({@link ControllingTerminal}); never to standard output,
 * standard error or the log, which end up in log files. The log says only where the
 * password is. Once any user exists nothing is created or changed.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

	/** The file the generated password is written to, in the data directory. */
	static final String PASSWORD_FILE = "initial-admin-password";

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 24;

	private final UserRepository repository;

	private final Passwords passwords;

	private final InitialAdminProperties admin;

	private final Path dataDir;

	private final Clock clock;

	InitialAdmin(UserRepository repository, Passwords passwords, InitialAdminProperties admin,
			OrderServiceProperties properties, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.admin = admin;
		this.dataDir = properties.dataDir();
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.repository.count() > 0) {
			if (this.admin.hasPassword()) {
				log.info(
						"Users exist already: OMS_ADMIN_PASSWORD is ignored (it only sets the first admin's password)");
			}
			return;
		}
		if (this.admin.hasPassword()) {
			if (create(this.admin.password())) {
				log.info("Created the initial admin '{}' with the password from OMS_ADMIN_PASSWORD",
						this.admin.username());
			}
			return;
		}
		createWithGeneratedPassword();
	}

	/**
	 * The password is kept before the admin exists: an admin whose password went nowhere
	 * could never log in.
	 */
	private void createWithGeneratedPassword() {
		String password = generatePassword();
		Path file = this.dataDir.resolve(PASSWORD_FILE).toAbsolutePath();
		Path kept = PasswordFile.prepare(file, password);
		ControllingTerminal terminal = this.admin.controllingTerminal();
		if (kept == null && !terminal.isAvailable()) {
			throw new IllegalStateException("Cannot keep the initial admin's generated password: " + file
					+ " cannot be written and there is no terminal to show it on. Make OMS_DATA_DIR writable"
					+ " or set OMS_ADMIN_PASSWORD.");
		}
		if (!create(password)) {
			PasswordFile.discard(kept);
			return;
		}
		boolean written = PasswordFile.commit(kept, file);
		boolean shown = terminal.print(banner(password, written ? file : null));
		logCreated(file, written, shown);
	}

	private void logCreated(Path file, boolean written, boolean shown) {
		if (written) {
			log.warn(
					"Initial admin '{}' created; its generated password is in {}, owner-only{}"
							+ " (set OMS_ADMIN_PASSWORD to choose it)",
					this.admin.username(), file, shown ? " (also shown once on the terminal)" : "");
		}
		else {
			log.warn("Initial admin '{}' created; its generated password could not be written to {} and was"
					+ " shown once on the terminal only", this.admin.username(), file);
		}
	}

	/** Inserts the admin; {@code false} when another instance did it meanwhile. */
	private boolean create(String password) {
		try {
			this.repository.insert(this.admin.username(), this.passwords.hash(password), UserRole.ADMIN,
					this.admin.email(), this.clock.instant());
			return true;
		}
		catch (DataIntegrityViolationException raced) {
			log.info("The initial admin '{}' was created by another instance meanwhile", this.admin.username());
			return false;
		}
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private String banner(String password, Path file) {
		String line = "=".repeat(72);
		return String.join(System.lineSeparator(), "", line, "  Initial admin account created", "",
				"    username: " + this.admin.username(), "    password: " + password, "",
				"  Shown only this once. "
						+ ((file != null) ? "Also in " + file + " (owner-only)." : "Write it down now."),
				"  Log in with POST /api/v1/auth/login, create personal accounts under",
				"  /api/v1/users, and delete the file. Set OMS_ADMIN_PASSWORD to choose",
				"  the first admin's password instead.", line, "", "");
	}

}

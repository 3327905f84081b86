package com.orderplatform.order.user;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
 * generated password that is printed once on standard output and written to
 * {@code ${oms.data-dir}/initial-admin-password} (readable by its owner only) for
 * scripts. Once any user exists nothing is created or changed.
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

	private final PrintStream console;

	InitialAdmin(UserRepository repository, Passwords passwords, InitialAdminProperties admin,
			OrderServiceProperties properties, Clock clock) {
		this.repository = repository;
		this.passwords = passwords;
		this.admin = admin;
		this.dataDir = properties.dataDir();
		this.clock = clock;
		this.console = System.out;
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
		String password = this.admin.hasPassword() ? this.admin.password() : generatePassword();
		try {
			this.repository.insert(this.admin.username(), this.passwords.hash(password), UserRole.ADMIN,
					this.admin.email(), this.clock.instant());
		}
		catch (DataIntegrityViolationException raced) {
			log.info("The initial admin '{}' was created by another instance meanwhile", this.admin.username());
			return;
		}
		if (this.admin.hasPassword()) {
			log.info("Created the initial admin '{}' with the password from OMS_ADMIN_PASSWORD", this.admin.username());
			return;
		}
		Path file = this.dataDir.resolve(PASSWORD_FILE).toAbsolutePath();
		boolean written = writePasswordFile(file, password);
		printBanner(password, written ? "Also in " + file + " (owner-only)." : "Write it down now.");
		log.warn(
				"Created the initial admin '{}' with a generated password: printed once on standard output{} "
						+ "(set OMS_ADMIN_PASSWORD to choose it)",
				this.admin.username(), written ? " and written to " + file : "");
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	/**
	 * Writes the password where scripts find it. A failure does not stop the service: the
	 * admin exists and the banner still shows the password.
	 */
	private static boolean writePasswordFile(Path file, String password) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), ".initial-admin-", ".tmp");
			try {
				Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: its own defaults apply.
			}
			Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.error("Cannot write the initial admin's password to {}: {}", file, ex.toString());
			return false;
		}
	}

	private void printBanner(String password, String whereElse) {
		String line = "=".repeat(72);
		this.console.println();
		this.console.println(line);
		this.console.println("  Initial admin account created");
		this.console.println();
		this.console.println("    username: " + this.admin.username());
		this.console.println("    password: " + password);
		this.console.println();
		this.console.println("  Shown only this once. " + whereElse);
		this.console.println("  Log in with POST /api/v1/auth/login, create personal accounts under");
		this.console.println("  /api/v1/users, and delete the file. Set OMS_ADMIN_PASSWORD to choose");
		this.console.println("  the first admin's password instead.");
		this.console.println(line);
		this.console.println();
		this.console.flush();
	}

}

package com.orderplatform.order.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.orderplatform.common.storage.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The owner-only file a generated password is kept in for scripts. It is written to a
 * temporary file first (0600 from its creation, in an owner-only folder) and moved into
 * place only once the admin exists, so two instances starting at once never leave the
 * loser's password in the file. Failures are logged by file name, never with the
 * password.
 */
final class PasswordFile {

	private static final Logger log = LoggerFactory.getLogger(PasswordFile.class);

	private PasswordFile() {
	}

	/**
	 * Writes the password to a temporary file beside {@code file}.
	 * @return the temporary file, or {@code null} when it cannot be written
	 */
	static Path prepare(Path file, String password) {
		try {
			Path temp = OwnerOnly.createTempFile(OwnerOnly.createDirectories(file.getParent()), ".initial-admin-",
					".tmp");
			Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
			return temp;
		}
		catch (IOException | RuntimeException ex) {
			log.error("Cannot write the initial admin's password to {}: {}", file, ex.toString());
			return null;
		}
	}

	/**
	 * Moves the prepared file into place.
	 * @return whether the password is now in {@code file}
	 */
	static boolean commit(Path temp, Path file) {
		if (temp == null) {
			return false;
		}
		try {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException ex) {
			log.error("Cannot write the initial admin's password to {}: {}", file, ex.toString());
			discard(temp);
			return false;
		}
	}

	/** Deletes a prepared file that is not needed. */
	static void discard(Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ex) {
			log.warn("Cannot delete {}: {}", temp, ex.toString());
		}
	}

}

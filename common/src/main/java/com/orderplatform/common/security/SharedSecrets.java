package com.orderplatform.common.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import com.orderplatform.common.storage.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets two services must share (webhook signing keys). In production they come from
 * the environment. With nothing configured, the first service to start writes a random
 * secret into the data directory they share on one machine (readable by its owner only)
 * and the other reads it, so the embedded default is secure without any set-up and
 * nothing secret is in the repository. The secret itself is never logged, only its file.
 */
public final class SharedSecrets {

	private static final Logger log = LoggerFactory.getLogger(SharedSecrets.class);

	private SharedSecrets() {
	}

	/**
	 * Returns the configured secret, or the one kept in the data directory (creating it
	 * once).
	 * @param configured the configured value, may be {@code null} or empty
	 * @param dataDir the data directory shared by the services on this machine
	 * @param fileName the file holding the secret
	 * @return the secret's bytes
	 */
	public static byte[] resolve(String configured, Path dataDir, String fileName) {
		if (configured != null && !configured.isBlank()) {
			if (configured.length() < 16) {
				throw new IllegalStateException("A shared secret for " + fileName + " must be at least 16 characters");
			}
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		Path file = dataDir.resolve(fileName);
		try {
			if (Files.exists(file)) {
				OwnerOnly.restrict(file);
			}
			else {
				create(file);
			}
			return Files.readString(file, StandardCharsets.UTF_8).trim().getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the shared secret " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		Path directory = OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		Path temp = OwnerOnly.createTempFile(directory, ".secret-", ".tmp");
		try {
			Files.writeString(temp, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
			// Two services may start at once: the first move wins and both then read the
			// same file.
			Files.move(temp, file);
			log.info("Created shared secret {} (set it through the environment when services run on several machines)",
					file);
		}
		catch (FileAlreadyExistsException raced) {
			Files.deleteIfExists(temp);
		}
	}

}

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

import org.springframework.core.env.Environment;

/**
 * Secrets two services must share (webhook signing keys). In production they come from
 * the environment. With nothing configured, the first service to start writes a random
 * secret into the data directory they share on one machine (readable by its owner only)
 * and the other reads it, so the embedded default is secure without any set-up and
 * nothing secret is in the repository. The secret itself is never logged, only its file.
 * <p>
 * That fallback is for one machine only. A service whose database is PostgreSQL may run
 * as several instances on several machines, and instances cannot share a file in their
 * data directories: each would invent its own secret and refuse the others' signatures.
 * So on PostgreSQL every {@link SharedSecret} a service uses must be configured, and
 * {@link #resolve(SharedSecret, String)} and {@link #require(SharedSecret, String)} fail
 * the start with a message naming the variable. One instance of this class is a bean of
 * every service ({@link PlatformSecurityAutoConfiguration}).
 */
public final class SharedSecrets {

	private static final Logger log = LoggerFactory.getLogger(SharedSecrets.class);

	private static final String POSTGRESQL_URL = "jdbc:postgresql:";

	private final Path dataDir;

	private final boolean databaseShared;

	/**
	 * Creates the secrets of a service.
	 * @param dataDir its data directory, where unconfigured secrets are kept
	 * @param databaseShared whether its database can be shared by several instances
	 * (PostgreSQL), which makes configured secrets required
	 */
	public SharedSecrets(Path dataDir, boolean databaseShared) {
		this.dataDir = dataDir;
		this.databaseShared = databaseShared;
	}

	/**
	 * The secrets of the service configured by an environment: its data directory
	 * ({@code oms.data-dir}) and whether its datasource ({@code spring.datasource.url})
	 * is PostgreSQL.
	 * @param environment the service's environment
	 * @return the secrets
	 */
	public static SharedSecrets of(Environment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		return new SharedSecrets(Path.of(environment.getProperty("oms.data-dir", "./data")),
				url.regionMatches(true, 0, POSTGRESQL_URL, 0, POSTGRESQL_URL.length()));
	}

	/**
	 * Returns the configured secret or, on a database of one instance, the one kept in
	 * the data directory (creating it once).
	 * @param secret which secret
	 * @param configured the configured value, may be {@code null} or empty
	 * @return the secret's bytes
	 * @throws IllegalStateException when the service runs on PostgreSQL and the secret is
	 * not configured, or when it is shorter than 16 characters
	 */
	public byte[] resolve(SharedSecret secret, String configured) {
		require(secret, configured);
		if (configured != null && !configured.isBlank()) {
			checkLength(configured, secret.variable() + " (" + secret.property() + ")");
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		return resolve(null, this.dataDir, secret.fileName());
	}

	/**
	 * Fails when the service runs on PostgreSQL and the secret is not configured: for a
	 * secret the service reads later, or through other code, so that the start fails
	 * rather than the first use.
	 * @param secret which secret
	 * @param configured the configured value, may be {@code null} or empty
	 * @throws IllegalStateException naming the variable
	 */
	public void require(SharedSecret secret, String configured) {
		if (this.databaseShared && (configured == null || configured.isBlank())) {
			throw new IllegalStateException(secret.variable() + " (" + secret.property()
					+ ") must be set: this service's database is PostgreSQL, so it may run as several instances, "
					+ "and several instances cannot share a secret file in a data directory (each would create its "
					+ "own " + secret.fileName() + " and refuse the others' signatures). Set it to the same value, "
					+ "at least 16 characters, for " + secret.sharedBy());
		}
	}

	/**
	 * The data directory unconfigured secrets are kept in.
	 * @return the directory
	 */
	public Path dataDir() {
		return this.dataDir;
	}

	/**
	 * Returns the configured secret, or the one kept in the data directory (creating it
	 * once), whatever the database: for code that does not know which
	 * {@link SharedSecret} it reads; prefer {@link #resolve(SharedSecret, String)}.
	 * @param configured the configured value, may be {@code null} or empty
	 * @param dataDir the data directory shared by the services on this machine
	 * @param fileName the file holding the secret
	 * @return the secret's bytes
	 */
	public static byte[] resolve(String configured, Path dataDir, String fileName) {
		if (configured != null && !configured.isBlank()) {
			checkLength(configured, "A shared secret for " + fileName);
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

	private static void checkLength(String configured, String what) {
		if (configured.length() < 16) {
			throw new IllegalStateException(what + " must be at least 16 characters");
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

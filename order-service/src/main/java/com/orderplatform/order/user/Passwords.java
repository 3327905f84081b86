package com.orderplatform.order.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import com.orderplatform.order.user.errors.InvalidUserException;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks passwords with BCrypt. A check against no account takes as long as a
 * real one, so the answer's timing does not tell whether a user name exists.
 */
@Component
class Passwords {

	/** BCrypt reads at most 72 bytes; a longer password cannot be hashed faithfully. */
	static final int MAX_BYTES = 72;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	private final String dummyHash;

	Passwords() {
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		this.dummyHash = this.encoder.encode(HexFormat.of().formatHex(random));
	}

	/**
	 * Hashes a password.
	 * @param password the password, at most {@link #MAX_BYTES} bytes in UTF-8
	 * @return the BCrypt hash
	 */
	String hash(String password) {
		if (!fitsBCrypt(password)) {
			throw new InvalidUserException("password", "must be at most " + MAX_BYTES + " bytes in UTF-8");
		}
		return this.encoder.encode(password);
	}

	/**
	 * Checks a password against a hash.
	 * @param password what the user typed
	 * @param hash the stored hash
	 * @return whether they match
	 */
	boolean matches(String password, String hash) {
		if (!fitsBCrypt(password)) {
			// Longer than any stored password can be; spend the same time anyway.
			mismatchAnyway();
			return false;
		}
		return this.encoder.matches(password, hash);
	}

	/**
	 * Spends the time of a real check without checking anything: for a user name that has
	 * no account. BCrypt's cost does not depend on the password, so any input will do.
	 */
	void mismatchAnyway() {
		this.encoder.matches("no account", this.dummyHash);
	}

	static boolean fitsBCrypt(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}

package com.orderplatform.common.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revocations a service knows, subject → lowest token version still valid, in memory.
 * Entries only ever rise: a push, a pull and a refresh may arrive in any order, and an
 * older list must not undo a newer revocation. An entry is forgotten once every token it
 * could refuse has expired.
 */
public class TokenRevocations {

	private final Map<String, TokenRevocation> bySubject = new ConcurrentHashMap<>();

	private final Clock clock;

	public TokenRevocations(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Records revocations, keeping the higher version (and the later expiry) per subject.
	 * @param revocations the entries
	 * @return how many entries raised a version
	 */
	public int apply(Collection<TokenRevocation> revocations) {
		int raised = 0;
		for (TokenRevocation revocation : revocations) {
			TokenRevocation before = this.bySubject.get(revocation.subject());
			TokenRevocation after = this.bySubject.merge(revocation.subject(), revocation, TokenRevocations::higher);
			if (before == null || after.version() > before.version()) {
				raised++;
			}
		}
		this.bySubject.values().removeIf(entry -> entry.expiresAt().isBefore(this.clock.instant()));
		return raised;
	}

	/**
	 * Whether a token of the subject with the given version was revoked.
	 * @param subject the token's {@code sub}
	 * @param version the token's {@code ver}
	 * @return {@code true} when the subject's tokens were revoked above this version
	 */
	public boolean isRevoked(String subject, long version) {
		TokenRevocation revocation = (subject != null) ? this.bySubject.get(subject) : null;
		return revocation != null && version < revocation.version()
				&& !revocation.expiresAt().isBefore(this.clock.instant());
	}

	private static TokenRevocation higher(TokenRevocation known, TokenRevocation arriving) {
		if (arriving.version() > known.version()) {
			return arriving;
		}
		if (arriving.version() == known.version() && arriving.expiresAt().isAfter(known.expiresAt())) {
			return arriving;
		}
		return known;
	}

}

package com.orderplatform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An issuer's public keys as a verifier holds them: loaded on first use, loaded again
 * when they are older than {@link #MAX_AGE}, and loaded again at once when a token names
 * a key id they do not contain, because in a cluster another instance may have created or
 * added a key after this one loaded its set. That reload on an unknown key id happens at
 * most once per {@link #MIN_RELOAD_INTERVAL}, so tokens with made-up key ids cannot make
 * a service hammer its database or the issuer; a token whose key is still unknown after
 * the reload finds no key and is refused (401).
 * <p>
 * A failed first load is thrown as a {@link KeySourceException}: the keys are
 * unavailable. A failed refresh or reload keeps the keys held (a refresh is tried again
 * after {@link #MIN_RELOAD_INTERVAL}), so a short outage of the database or the issuer
 * refuses only tokens of keys never seen.
 */
public final class ReloadingKeySet implements JWKSource<SecurityContext> {

	/** The shortest time between two reloads caused by unknown key ids. */
	public static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(10);

	/** How long a loaded key set is used before it is loaded again. */
	public static final Duration MAX_AGE = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ReloadingKeySet.class);

	private final String name;

	private final Loader loader;

	private final Clock clock;

	private volatile Loaded loaded;

	private Instant nextReloadForUnknownKey = Instant.MIN;

	/**
	 * Creates the key set; nothing is loaded until the first token.
	 * @param name whose keys these are, for the log
	 * @param loader how the keys are loaded
	 * @param clock the clock of the age and of the reload interval
	 */
	public ReloadingKeySet(String name, Loader loader, Clock clock) {
		this.name = name;
		this.loader = loader;
		this.clock = clock;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
		JWKSet keys = current();
		List<JWK> matches = selector.select(keys);
		if (!matches.isEmpty()) {
			return matches;
		}
		Set<String> sought = selector.getMatcher().getKeyIDs();
		if (sought == null || sought.size() != 1) {
			return matches;
		}
		String keyId = sought.iterator().next();
		if (keyId == null || keys.getKeyByKeyId(keyId) != null) {
			// The key is there but does not fit (another algorithm or use): no reload.
			return matches;
		}
		return selector.select(reloadFor(keyId));
	}

	private JWKSet current() throws KeySourceException {
		Loaded current = this.loaded;
		if (current != null && this.clock.instant().isBefore(current.refreshAt())) {
			return current.keys();
		}
		synchronized (this) {
			current = this.loaded;
			if (current == null) {
				return load().keys();
			}
			Instant now = this.clock.instant();
			if (now.isBefore(current.refreshAt())) {
				return current.keys();
			}
			try {
				return load().keys();
			}
			catch (KeySourceException ex) {
				log.warn("Cannot refresh the keys of {} ({}); using the {} key(s) held, trying again in {} s",
						this.name, ex.getMessage(), current.keys().size(), MIN_RELOAD_INTERVAL.toSeconds());
				this.loaded = new Loaded(current.keys(), now.plus(MIN_RELOAD_INTERVAL));
				this.nextReloadForUnknownKey = now.plus(MIN_RELOAD_INTERVAL);
				return current.keys();
			}
		}
	}

	private synchronized JWKSet reloadFor(String keyId) {
		JWKSet held = this.loaded.keys();
		if (held.getKeyByKeyId(keyId) != null) {
			// Another thread reloaded meanwhile and found it.
			return held;
		}
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextReloadForUnknownKey)) {
			log.debug("A token names key {} unknown among the keys of {}; not reloading them again before {}", keyId,
					this.name, this.nextReloadForUnknownKey);
			return held;
		}
		this.nextReloadForUnknownKey = now.plus(MIN_RELOAD_INTERVAL);
		try {
			JWKSet reloaded = load().keys();
			log.info("A token names key {} unknown among the keys of {}: reloaded them, {} key(s), the key {}", keyId,
					this.name, reloaded.size(), (reloaded.getKeyByKeyId(keyId) != null) ? "found" : "still unknown");
			return reloaded;
		}
		catch (KeySourceException ex) {
			log.warn("A token names key {} unknown among the keys of {}, and reloading them failed: {}", keyId,
					this.name, ex.getMessage());
			return held;
		}
	}

	private Loaded load() throws KeySourceException {
		JWKSet keys;
		try {
			keys = this.loader.load();
		}
		catch (KeySourceException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new KeySourceException("Cannot load the keys of " + this.name + ": " + ex.getMessage(), ex);
		}
		Loaded current = new Loaded(keys, this.clock.instant().plus(MAX_AGE));
		this.loaded = current;
		return current;
	}

	/** Loads an issuer's current public keys (from a database, or over HTTP). */
	@FunctionalInterface
	public interface Loader {

		/**
		 * Loads the keys.
		 * @return the key set
		 * @throws Exception when they cannot be loaded
		 */
		JWKSet load() throws Exception;

	}

	private record Loaded(JWKSet keys, Instant refreshAt) {
	}

}

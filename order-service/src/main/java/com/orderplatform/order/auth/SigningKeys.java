package com.orderplatform.order.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The RSA-2048 key tokens are signed with. Generated on the first start and stored, so
 * tokens stay valid across restarts and every instance on the same database signs with
 * the same key: the first key is stored exactly once however many instances start
 * together ({@link SigningKeyRepository#insertFirst}), and every instance then reads it
 * back. Instances sign with the oldest stored key and publish all of them (a database
 * from before that guarantee may hold two). {@link #reload()} reads the table again, for
 * a verifier that meets a key id it does not know.
 */
@Component
class SigningKeys implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final SigningKeyRepository repository;

	private final Clock clock;

	private volatile Loaded loaded;

	SigningKeys(SigningKeyRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Loads (or creates) the key before the service accepts requests. */
	@Override
	public void afterSingletonsInstantiated() {
		loaded();
	}

	/**
	 * The key to sign with, private part included.
	 * @return the key
	 */
	RSAKey signingKey() {
		return loaded().signing();
	}

	/**
	 * The public keys, for verification and for publishing.
	 * @return the key set, public parts only
	 */
	JWKSet publicKeys() {
		return loaded().published();
	}

	private Loaded loaded() {
		Loaded current = this.loaded;
		if (current == null) {
			synchronized (this) {
				current = this.loaded;
				if (current == null) {
					current = load();
					this.loaded = current;
				}
			}
		}
		return current;
	}

	/**
	 * Reads the stored keys again (creating none), and signs from now on with the oldest.
	 * @return the public keys now published
	 */
	JWKSet reload() {
		synchronized (this) {
			List<SigningKeyRepository.StoredKey> stored = this.repository.findAll();
			if (stored.isEmpty()) {
				throw new IllegalStateException("The signing_keys table is empty");
			}
			Loaded reloaded = loaded(stored);
			this.loaded = reloaded;
			return reloaded.published();
		}
	}

	private Loaded load() {
		List<SigningKeyRepository.StoredKey> stored = this.repository.findAll();
		if (stored.isEmpty()) {
			// Generated before the lock is taken, so a second instance waits only for a
			// commit, not for a key generation.
			SigningKeyRepository.StoredKey created = generate();
			if (this.repository.insertFirst(created)) {
				log.info("Generated the token signing key {} (RSA 2048) and stored it in the database", created.kid());
			}
			else {
				log.info("Another instance stored the token signing key first; using that one");
			}
			stored = this.repository.findAll();
		}
		Loaded loaded = loaded(stored);
		log.info("Signing tokens with key {} ({} key(s) published)", loaded.signing().getKeyID(),
				loaded.published().size());
		return loaded;
	}

	private static Loaded loaded(List<SigningKeyRepository.StoredKey> stored) {
		List<RSAKey> keys = stored.stream().map(SigningKeys::rsaKey).toList();
		return new Loaded(keys.get(0),
				new JWKSet(keys.stream().map(RSAKey::toPublicJWK).map(JWK.class::cast).toList()));
	}

	private SigningKeyRepository.StoredKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyIDFromThumbprint().build();
			Base64.Encoder base64 = Base64.getEncoder();
			return new SigningKeyRepository.StoredKey(key.getKeyID(),
					base64.encodeToString(pair.getPrivate().getEncoded()),
					base64.encodeToString(pair.getPublic().getEncoded()), this.clock.instant());
		}
		catch (GeneralSecurityException | JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	private static RSAKey rsaKey(SigningKeyRepository.StoredKey stored) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			Base64.Decoder base64 = Base64.getDecoder();
			RSAPublicKey publicKey = (RSAPublicKey) factory
				.generatePublic(new X509EncodedKeySpec(base64.decode(stored.publicKey())));
			RSAPrivateKey privateKey = (RSAPrivateKey) factory
				.generatePrivate(new PKCS8EncodedKeySpec(base64.decode(stored.privateKey())));
			return new RSAKey.Builder(publicKey).privateKey(privateKey)
				.keyID(stored.kid())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.issueTime(Date.from(stored.createdAt()))
				.build();
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The stored signing key " + stored.kid() + " cannot be read", ex);
		}
	}

	private record Loaded(RSAKey signing, JWKSet published) {
	}

}

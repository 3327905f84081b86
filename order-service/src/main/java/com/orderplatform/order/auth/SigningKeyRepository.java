package com.orderplatform.order.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the token signing keys (table {@code signing_keys}): the private key as
 * Base64-encoded PKCS#8, the public key as Base64-encoded X.509 SubjectPublicKeyInfo.
 */
@Repository
class SigningKeyRepository {

	private final JdbcClient jdbc;

	SigningKeyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every stored key, oldest first (ties by key id), so instances that raced to create
	 * the first key all sign with the same one.
	 * @return the keys
	 */
	List<StoredKey> findAll() {
		return this.jdbc
			.sql("SELECT kid, private_key, public_key, created_at FROM signing_keys ORDER BY created_at, kid")
			.query((rs, row) -> new StoredKey(rs.getString("kid"), rs.getString("private_key"),
					rs.getString("public_key"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	void insert(StoredKey key) {
		this.jdbc.sql("""
				INSERT INTO signing_keys (kid, private_key, public_key, created_at)
				VALUES (:kid, :privateKey, :publicKey, :createdAt)""")
			.param("kid", key.kid())
			.param("privateKey", key.privateKey())
			.param("publicKey", key.publicKey())
			.param("createdAt", Timestamp.from(key.createdAt()))
			.update();
	}

	/**
	 * A key as stored.
	 *
	 * @param kid the key id (the public key's RFC 7638 thumbprint)
	 * @param privateKey Base64 PKCS#8
	 * @param publicKey Base64 X.509 SubjectPublicKeyInfo
	 * @param createdAt when it was generated
	 */
	record StoredKey(String kid, String privateKey, String publicKey, Instant createdAt) {

		@Override
		public String toString() {
			return "StoredKey[kid=" + this.kid + ", createdAt=" + this.createdAt + "]";
		}

	}

}

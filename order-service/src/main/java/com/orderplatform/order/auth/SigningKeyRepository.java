package com.orderplatform.order.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import com.orderplatform.common.storage.SqlDialect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the token signing keys (table {@code signing_keys}): the private key as
 * Base64-encoded PKCS#8, the public key as Base64-encoded X.509 SubjectPublicKeyInfo. The
 * first key is created exactly once however many instances start at the same time
 * ({@link #insertFirst(StoredKey)}).
 */
@Repository
class SigningKeyRepository {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SqlDialect dialect;

	SigningKeyRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.dialect = SqlDialect.of(dataSource);
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

	/**
	 * Stores the key if no key is stored yet, as one transaction that holds the table's
	 * write lock from its first statement: on PostgreSQL a {@code SHARE ROW EXCLUSIVE}
	 * lock on {@code signing_keys} (it conflicts with itself and with inserts, not with
	 * readers), on SQLite the database's single writer ({@code BEGIN IMMEDIATE}). A
	 * second instance starting at the same moment waits for the first to commit, then
	 * sees its key and stores none.
	 * @param key the key to store
	 * @return {@code true} if it was stored, {@code false} if another key was there
	 */
	boolean insertFirst(StoredKey key) {
		Boolean inserted = this.transactions.execute((status) -> {
			if (this.dialect == SqlDialect.POSTGRESQL) {
				this.jdbc.sql("LOCK TABLE signing_keys IN SHARE ROW EXCLUSIVE MODE").update();
			}
			if (this.jdbc.sql("SELECT COUNT(*) FROM signing_keys").query(Long.class).single() > 0) {
				return false;
			}
			insert(key);
			return true;
		});
		return Boolean.TRUE.equals(inserted);
	}

	/**
	 * Stores a key unconditionally.
	 * @param key the key
	 */
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

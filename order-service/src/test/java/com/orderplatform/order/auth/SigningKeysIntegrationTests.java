package com.orderplatform.order.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.common.storage.SqlDialectPlaceholders;
import com.orderplatform.testsupport.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order-service instances starting together on one database: each with its own
 * connections, as separate processes would be. The first signing key is stored exactly
 * once, every instance signs with it, and each accepts the others' tokens.
 */
class SigningKeysIntegrationTests {

	private static final String ISSUER = "http://order.example:8000";

	private static final int INSTANCES = 4;

	private static final int ROUNDS = 10;

	@Test
	void instancesStartingTogetherOnPostgresStoreOneKeyAndAcceptEachOthersTokens() throws Exception {
		String url = TestDatabases.newPostgresDatabase("signing_keys");
		migrate(url, "postgres", "postgres");

		startTogetherAndCheck(() -> new DriverManagerDataSource(url, "postgres", "postgres"));
	}

	@Test
	void instancesStartingTogetherOnSqliteStoreOneKeyAndAcceptEachOthersTokens() throws Exception {
		Path file = TestDatabases.newSqliteFile("signing_keys");
		String url = "jdbc:sqlite:" + file + TestDatabases.SQLITE_PARAMETERS;
		migrate(url, null, null);

		startTogetherAndCheck(() -> new DriverManagerDataSource(url));
	}

	@Test
	void concurrentFirstInsertsOnPostgresStoreExactlyOneKey() throws Exception {
		String url = TestDatabases.newPostgresDatabase("signing_key_inserts");
		migrate(url, "postgres", "postgres");
		List<SigningKeyRepository> instances = new ArrayList<>();
		for (int i = 0; i < INSTANCES; i++) {
			instances.add(repository(new DriverManagerDataSource(url, "postgres", "postgres")));
		}
		JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(url, "postgres", "postgres"));

		for (int round = 1; round <= ROUNDS; round++) {
			jdbc.sql("DELETE FROM signing_keys").update();
			List<SigningKeyRepository.StoredKey> candidates = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				candidates.add(new SigningKeyRepository.StoredKey("kid-" + round + "-" + i, "private", "public",
						Instant.parse("2026-12-01T00:00:00Z").plusMillis(i)));
			}
			CyclicBarrier start = new CyclicBarrier(INSTANCES);
			List<CompletableFuture<Boolean>> inserts = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				SigningKeyRepository instance = instances.get(i);
				SigningKeyRepository.StoredKey candidate = candidates.get(i);
				inserts.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return instance.insertFirst(candidate);
				}));
			}

			List<Boolean> stored = new ArrayList<>();
			for (CompletableFuture<Boolean> insert : inserts) {
				stored.add(insert.get());
			}
			assertThat(stored).as("round %d", round).containsOnlyOnce(true);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM signing_keys").query(Long.class).single()).as("round %d", round)
				.isOne();
		}
	}

	private void startTogetherAndCheck(DataSourceFactory dataSources) throws Exception {
		JdbcClient jdbc = JdbcClient.create(dataSources.create());
		for (int round = 1; round <= 3; round++) {
			jdbc.sql("DELETE FROM signing_keys").update();
			List<SigningKeys> instances = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				instances.add(new SigningKeys(repository(dataSources.create()), Clock.systemUTC()));
			}
			CyclicBarrier start = new CyclicBarrier(INSTANCES);
			List<CompletableFuture<String>> started = instances.stream()
				.map((keys) -> CompletableFuture.supplyAsync(() -> {
					await(start);
					keys.afterSingletonsInstantiated();
					return keys.signingKey().getKeyID();
				}))
				.toList();

			List<String> signingKeyIds = new ArrayList<>();
			for (CompletableFuture<String> instance : started) {
				signingKeyIds.add(instance.get());
			}
			List<String> stored = jdbc.sql("SELECT kid FROM signing_keys").query(String.class).list();
			assertThat(stored).as("round %d", round).hasSize(1);
			assertThat(signingKeyIds).as("round %d", round).containsOnly(stored.get(0));
			for (SigningKeys signer : instances) {
				String token = token(signer.signingKey());
				for (SigningKeys verifier : instances) {
					Jwt verified = new OwnTokens(ISSUER, verifier, Clock.systemUTC()).decoder().decode(token);
					assertThat(verified.getSubject()).isEqualTo("admin");
				}
			}
		}
	}

	private static SigningKeyRepository repository(DataSource dataSource) {
		return new SigningKeyRepository(JdbcClient.create(dataSource), dataSource,
				new DataSourceTransactionManager(dataSource));
	}

	private static String token(RSAKey key) throws JOSEException {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(ISSUER)
					.subject("admin")
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static void migrate(String url, String user, String password) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(url, user, password)
			.locations("classpath:db/migration");
		new SqlDialectPlaceholders().customize(configuration);
		configuration.load().migrate();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface DataSourceFactory {

		DataSource create();

	}

}

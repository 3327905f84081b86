package com.orderplatform.order.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.orderplatform.order.TestSecurity;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order service on PostgreSQL meets a token signed with a key another instance stored
 * after this one loaded its keys: it reads the keys again and accepts it. A token whose
 * key is in no database is refused (401).
 */
@SpringBootTest
@AutoConfigureMockMvc
class KeyReloadIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SigningKeyRepository repository;

	@Autowired
	private SigningKeys keys;

	@Autowired
	private AuthProperties properties;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		TestDatabases.registerPostgres(registry, "order_key_reload");
		TestSecurity.register(registry, Files.createTempDirectory("oms-order-key-reload-"));
	}

	@Test
	void acceptsATokenOfAKeyStoredByAnotherInstanceAndRefusesAnUnknownKey() throws Exception {
		String signingKeyId = this.keys.signingKey().getKeyID();
		RSAKey storedByAnother = key();
		this.repository.insert(stored(storedByAnother));

		HttpStatus withStoredKey = listOrders(token(storedByAnother));
		HttpStatus withUnknownKey = listOrders(token(key()));

		assertThat(withStoredKey).isEqualTo(HttpStatus.OK);
		assertThat(withUnknownKey).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.keys.publicKeys().getKeys()).hasSize(2);
		assertThat(this.keys.signingKey().getKeyID()).as("still signing with the oldest key").isEqualTo(signingKeyId);
	}

	private HttpStatus listOrders(String token) {
		return HttpStatus.valueOf(this.mvc.get()
			.uri("/api/v1/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.getResponse()
			.getStatus());
	}

	private String token(RSAKey key) throws JOSEException {
		Instant now = Instant.now();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
				new JWTClaimsSet.Builder().issuer(this.properties.issuer())
					.subject("another-instance-user")
					.audience("order-platform")
					.claim("roles", List.of("viewer"))
					.issueTime(Date.from(now))
					.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
					.build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static SigningKeyRepository.StoredKey stored(RSAKey key) throws JOSEException {
		Base64.Encoder base64 = Base64.getEncoder();
		return new SigningKeyRepository.StoredKey(key.getKeyID(),
				base64.encodeToString(key.toRSAPrivateKey().getEncoded()),
				base64.encodeToString(key.toRSAPublicKey().getEncoded()), Instant.now().plus(Duration.ofDays(1)));
	}

	private static RSAKey key() throws JOSEException {
		return new RSAKeyGenerator(2048).keyID("key-" + UUID.randomUUID()).generate();
	}

}

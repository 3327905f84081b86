package com.orderplatform.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real token issuer for tests of the services that only validate tokens: an HTTP server
 * on a free local port publishing an OIDC discovery document and a key set, and minting
 * signed JWTs with the platform's {@code roles} claim. One instance serves the whole test
 * JVM.
 */
public final class TestTokenIssuer {

	private static TestTokenIssuer shared;

	private final HttpServer server;

	private final RSAKey key;

	private final RSAKey strangerKey;

	private final List<RSAKey> addedKeys = new CopyOnWriteArrayList<>();

	private final AtomicInteger keySetRequests = new AtomicInteger();

	private volatile String revocations = "{\"revocations\":[]}";

	private volatile String lastRevocationPullSignature;

	private TestTokenIssuer() throws IOException, JOSEException {
		this.key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
		// Same key id, different key: a token signed with it must fail signature
		// verification.
		this.strangerKey = new RSAKeyGenerator(2048).keyID(this.key.getKeyID()).generate();
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/.well-known/openid-configuration",
				exchange -> respond(exchange,
						"{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/jwks.json\","
								+ "\"subject_types_supported\":[\"public\"],"
								+ "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
		this.server.createContext("/jwks.json", exchange -> {
			this.keySetRequests.incrementAndGet();
			respond(exchange, publishedKeys().toString());
		});
		this.server.createContext("/api/v1/auth/revocations", exchange -> {
			this.lastRevocationPullSignature = exchange.getRequestHeaders().getFirst("X-OMS-Signature");
			respond(exchange, this.revocations);
		});
		this.server.start();
	}

	/**
	 * The issuer shared by all tests of this JVM, started on first use.
	 * @return the issuer
	 */
	public static synchronized TestTokenIssuer shared() {
		if (shared == null) {
			try {
				shared = new TestTokenIssuer();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (JOSEException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return shared;
	}

	/** The audience the platform's tokens name, as the services expect by default. */
	public static final String AUDIENCE = "order-platform";

	/**
	 * Makes the service under test trust this issuer (and only it), as the platform's own
	 * issuer.
	 * @param registry the dynamic property registry of the test class
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("oms.security.trusted-issuers", this::issuer);
		registry.add("oms.security.platform-issuer", this::issuer);
	}

	/**
	 * A second, independent issuer on its own port: an external identity provider in
	 * tests.
	 * @return the issuer
	 */
	public static TestTokenIssuer another() {
		try {
			return new TestTokenIssuer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A valid token for one hour naming the given audience.
	 * @param audience the {@code aud} claim, empty for none
	 * @param subject the user or service name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String tokenFor(List<String> audience, String subject, String... roles) {
		return sign(this.key, audience, subject, Instant.now().plus(Duration.ofHours(1)), null, roles);
	}

	/**
	 * Publishes one more key in the key set, as an issuer does when another of its
	 * instances created a key or the key is rotated.
	 * @return the new key (private part included), to sign with
	 */
	public RSAKey addKey() {
		RSAKey added = newKey("added-" + UUID.randomUUID());
		this.addedKeys.add(added);
		return added;
	}

	/**
	 * A key this issuer has not published (yet).
	 * @return the key, private part included
	 */
	public RSAKey unpublishedKey() {
		return newKey("unpublished-" + UUID.randomUUID());
	}

	/**
	 * A valid token for one hour signed with the given key under its key id.
	 * @param signingKey the key, e.g. from {@link #addKey()}
	 * @param subject the user or service name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String tokenSignedWith(RSAKey signingKey, String subject, String... roles) {
		return sign(signingKey, subject, Instant.now().plus(Duration.ofHours(1)), roles);
	}

	/**
	 * How many times the key set was requested.
	 * @return the count since the start
	 */
	public int keySetRequests() {
		return this.keySetRequests.get();
	}

	/** Stops its server. */
	public void stop() {
		this.server.stop(0);
	}

	/**
	 * The issuer URL.
	 * @return e.g. {@code http://127.0.0.1:41234}
	 */
	public String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/**
	 * A valid token for one hour.
	 * @param subject the user or service name
	 * @param roles its roles, e.g. {@code "admin"}
	 * @return the compact JWT
	 */
	public String token(String subject, String... roles) {
		return sign(this.key, subject, Instant.now().plus(Duration.ofHours(1)), roles);
	}

	/**
	 * A valid token for one hour carrying a user's token version, as the order service
	 * issues them.
	 * @param subject the user name
	 * @param version its {@code ver} claim
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String token(String subject, long version, String... roles) {
		return sign(this.key, subject, Instant.now().plus(Duration.ofHours(1)), version, roles);
	}

	/**
	 * Sets the revocation list this issuer answers at
	 * {@code GET /api/v1/auth/revocations}, as the order service does for the other
	 * services' pulls.
	 * @param json the list, e.g. {@code {"revocations":[...]}}
	 */
	public void publishRevocations(String json) {
		this.revocations = json;
	}

	/**
	 * The {@code X-OMS-Signature} header of the last pull of the revocation list.
	 * @return the header value, {@code null} before the first pull or when unsigned
	 */
	public String lastRevocationPullSignature() {
		return this.lastRevocationPullSignature;
	}

	/**
	 * A token that expired ten minutes ago.
	 * @param subject the user name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String expiredToken(String subject, String... roles) {
		return sign(this.key, subject, Instant.now().minus(Duration.ofMinutes(10)), roles);
	}

	/**
	 * A token with this issuer's name and key id but signed by another key.
	 * @param subject the user name
	 * @param roles its roles
	 * @return the compact JWT
	 */
	public String forgedToken(String subject, String... roles) {
		return sign(this.strangerKey, subject, Instant.now().plus(Duration.ofHours(1)), roles);
	}

	/**
	 * An {@code Authorization} header value with a valid token.
	 * @param subject the user or service name
	 * @param roles its roles
	 * @return {@code Bearer <token>}
	 */
	public String bearer(String subject, String... roles) {
		return "Bearer " + token(subject, roles);
	}

	/**
	 * The {@code Authorization} header value of a caller of an authorization matrix.
	 * @param caller the caller
	 * @return the header value, {@code null} for an anonymous caller
	 */
	public String authorizationOf(AuthorizationMatrix.Caller caller) {
		return switch (caller) {
			case ANONYMOUS -> null;
			case FORGED_TOKEN -> "Bearer " + forgedToken("mallory", "admin");
			case EXPIRED_TOKEN -> "Bearer " + expiredToken("yamada", "admin");
			default -> bearer(caller.name().toLowerCase(java.util.Locale.ROOT) + "-user", caller.role());
		};
	}

	private String sign(RSAKey signingKey, String subject, Instant expiresAt, String... roles) {
		return sign(signingKey, List.of(AUDIENCE), subject, expiresAt, null, roles);
	}

	private String sign(RSAKey signingKey, String subject, Instant expiresAt, Long version, String... roles) {
		return sign(signingKey, List.of(AUDIENCE), subject, expiresAt, version, roles);
	}

	private String sign(RSAKey signingKey, List<String> audience, String subject, Instant expiresAt, Long version,
			String... roles) {
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(subject)
			.audience(audience)
			.issueTime(Date.from(expiresAt.minus(Duration.ofHours(1))))
			.expirationTime(Date.from(expiresAt))
			.claim("roles", List.of(roles));
		if (version != null) {
			builder.claim("ver", version);
		}
		JWTClaimsSet claims = builder.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(signingKey));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private JWKSet publishedKeys() {
		List<JWK> keys = new ArrayList<>();
		keys.add(this.key.toPublicJWK());
		this.addedKeys.forEach((added) -> keys.add(added.toPublicJWK()));
		return new JWKSet(keys);
	}

	private static RSAKey newKey(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void respond(HttpExchange exchange, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}

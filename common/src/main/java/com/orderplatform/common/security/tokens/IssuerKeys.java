package com.orderplatform.common.security.tokens;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import com.nimbusds.jose.jwk.JWKSet;
import com.orderplatform.common.security.ReloadingKeySet;
import com.orderplatform.common.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The key set of an issuer reached over the network, found through its OIDC discovery
 * document. Every call has a connect and a read timeout, so a provider that hangs cannot
 * hold request threads; a failure (discovery or key set) is remembered for a while, and
 * tokens of that issuer are refused at once until then instead of each one trying again,
 * so a dead provider is not hammered and cannot slow the service down. The key set is a
 * {@link ReloadingKeySet}: fetched again every five minutes, and at once (at most every
 * ten seconds) when a token names a key id it does not hold, so a key another instance of
 * the issuer created meanwhile is accepted without a restart.
 */
final class IssuerKeys implements JwtDecoder {

	/** How long a failed discovery or key fetch of an external issuer is remembered. */
	static final Duration FAILURE_MEMORY = Duration.ofSeconds(30);

	/**
	 * The same for the platform's own issuer, which is back within seconds after a
	 * restart.
	 */
	static final Duration PLATFORM_FAILURE_MEMORY = Duration.ofSeconds(5);

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

	static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(IssuerKeys.class);

	private final String issuer;

	private final boolean external;

	private final Clock clock;

	private final RestTemplate http;

	private volatile JwtDecoder decoder;

	private volatile Instant failedUntil = Instant.MIN;

	private volatile String failure;

	IssuerKeys(String issuer, boolean external, Clock clock) {
		this.issuer = issuer;
		this.external = external;
		this.clock = clock;
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(CONNECT_TIMEOUT);
		requests.setReadTimeout(READ_TIMEOUT);
		this.http = new RestTemplate(requests);
	}

	@Override
	public Jwt decode(String token) {
		if (this.clock.instant().isBefore(this.failedUntil)) {
			throw new BadJwtException(
					"The keys of issuer " + this.issuer + " are unavailable (" + this.failure + "); try again later");
		}
		try {
			return current().decode(token);
		}
		catch (BadJwtException ex) {
			throw ex;
		}
		catch (JwtException | IllegalStateException | IllegalArgumentException | RestClientException ex) {
			remember(ex);
			throw new BadJwtException("The keys of issuer " + this.issuer + " are unavailable; try again later", ex);
		}
	}

	private JwtDecoder current() {
		JwtDecoder current = this.decoder;
		if (current == null) {
			synchronized (this) {
				if (this.decoder == null) {
					this.decoder = discover();
				}
				current = this.decoder;
			}
		}
		return current;
	}

	private JwtDecoder discover() {
		@SuppressWarnings("unchecked")
		Map<String, Object> configuration = this.http.getForObject(
				URI.create(this.issuer.replaceAll("/$", "") + "/.well-known/openid-configuration"), Map.class);
		if (configuration == null || !this.issuer.equals(configuration.get("issuer"))) {
			throw new IllegalStateException("its discovery document names another issuer: "
					+ ((configuration != null) ? configuration.get("issuer") : null));
		}
		String jwksUri = Objects.toString(configuration.get("jwks_uri"), "");
		URI keys = URI.create(jwksUri);
		if (this.external && !"https".equalsIgnoreCase(keys.getScheme())
				&& !SecurityProperties.isLoopback(keys.getHost())) {
			throw new IllegalStateException("its key set " + jwksUri + " is not served over https");
		}
		ReloadingKeySet keySet = new ReloadingKeySet("issuer " + this.issuer, () -> JWKSet.parse(Objects
			.requireNonNull(this.http.getForObject(keys, String.class), "the key set " + jwksUri + " is empty")),
				this.clock);
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withJwkSource(keySet).jwsAlgorithm(SignatureAlgorithm.RS256).build();
		nimbus.setJwtValidator(JwtValidators.createDefaultWithIssuer(this.issuer));
		log.info("Tokens of issuer {} are verified with the key set {}", this.issuer, jwksUri);
		return nimbus;
	}

	private void remember(Exception ex) {
		this.failure = ex.getClass().getSimpleName() + ": " + ex.getMessage();
		Duration memory = this.external ? FAILURE_MEMORY : PLATFORM_FAILURE_MEMORY;
		this.failedUntil = this.clock.instant().plus(memory);
		this.decoder = null;
		log.warn("Cannot get the keys of issuer {} ({}); its tokens are refused for {} s", this.issuer, this.failure,
				memory.toSeconds());
	}

}

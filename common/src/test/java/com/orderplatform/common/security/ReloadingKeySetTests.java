package com.orderplatform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The key set verifiers hold: loaded once, loaded again at once for an unknown key id but
 * not more often than every ten seconds, refreshed after five minutes, and kept through a
 * failed refresh.
 */
class ReloadingKeySetTests {

	private static final RSAKey FIRST = key("first");

	private static final RSAKey SECOND = key("second");

	private final List<JWK> published = new CopyOnWriteArrayList<>(List.of(FIRST.toPublicJWK()));

	private final AtomicInteger loads = new AtomicInteger();

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private final TestClock clock = new TestClock();

	private final ReloadingKeySet keys = new ReloadingKeySet("the test issuer", () -> {
		this.loads.incrementAndGet();
		RuntimeException ex = this.failure.get();
		if (ex != null) {
			throw ex;
		}
		return new JWKSet(List.copyOf(this.published));
	}, this.clock);

	@Test
	void loadsOnceAndAnswersKnownKeysFromWhatItHolds() throws Exception {
		assertThat(select("first")).extracting(JWK::getKeyID).containsExactly("first");
		assertThat(select("first")).extracting(JWK::getKeyID).containsExactly("first");

		assertThat(this.loads).hasValue(1);
	}

	@Test
	void reloadsOnceWhenATokenNamesAnUnknownKeyAndThenFindsIt() throws Exception {
		select("first");
		this.published.add(SECOND.toPublicJWK());

		assertThat(select("second")).extracting(JWK::getKeyID).containsExactly("second");
		assertThat(select("second")).extracting(JWK::getKeyID).containsExactly("second");

		assertThat(this.loads).hasValue(2);
	}

	@Test
	void findsNothingForAKeyStillUnknownAndReloadsAgainOnlyAfterTenSeconds() throws Exception {
		select("first");

		assertThat(select("made-up")).isEmpty();
		assertThat(this.loads).hasValue(2);
		this.clock.advance(ReloadingKeySet.MIN_RELOAD_INTERVAL.minusMillis(1));
		this.published.add(SECOND.toPublicJWK());
		assertThat(select("another-made-up")).isEmpty();
		assertThat(select("second")).as("not reloaded within ten seconds of the last reload").isEmpty();
		assertThat(this.loads).hasValue(2);

		this.clock.advance(Duration.ofMillis(1));
		assertThat(select("second")).extracting(JWK::getKeyID).containsExactly("second");
		assertThat(this.loads).hasValue(3);
	}

	@Test
	void refreshesTheKeysAfterFiveMinutes() throws Exception {
		select("first");
		this.published.clear();
		this.published.add(SECOND.toPublicJWK());

		this.clock.advance(ReloadingKeySet.MAX_AGE.minusMillis(1));
		assertThat(select("first")).hasSize(1);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(select("first")).as("a key the issuer no longer publishes").isEmpty();

		assertThat(this.loads).as("the refresh, and one reload for the key now unknown").hasValue(3);
	}

	@Test
	void keepsTheKeysItHoldsWhenARefreshOrReloadFails() throws Exception {
		select("first");
		this.failure.set(new IllegalStateException("database unreachable"));

		this.clock.advance(ReloadingKeySet.MAX_AGE);
		assertThat(select("first")).extracting(JWK::getKeyID).containsExactly("first");
		assertThat(select("second")).isEmpty();
		assertThat(this.loads).as("the refresh, then no reload within ten seconds of it").hasValue(2);

		this.clock.advance(ReloadingKeySet.MIN_RELOAD_INTERVAL);
		this.failure.set(null);
		this.published.add(SECOND.toPublicJWK());
		assertThat(select("second")).extracting(JWK::getKeyID).containsExactly("second");
		assertThat(this.loads).hasValue(3);
	}

	@Test
	void throwsWhenTheFirstLoadFails() {
		this.failure.set(new IllegalStateException("issuer unreachable"));

		assertThatExceptionOfType(KeySourceException.class).isThrownBy(() -> select("first"))
			.withMessage("Cannot load the keys of the test issuer: issuer unreachable");
	}

	private List<JWK> select(String keyId) throws KeySourceException {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build();
		return this.keys.get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
	}

	private static RSAKey key(String keyId) {
		try {
			return new RSAKeyGenerator(2048).keyID(keyId).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class TestClock extends Clock {

		private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));

		void advance(Duration duration) {
			this.now.updateAndGet((instant) -> instant.plus(duration));
		}

		@Override
		public Instant instant() {
			return this.now.get();
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

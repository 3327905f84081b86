package com.orderplatform.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revocations a service knows: versions only rise, and an entry ends when its tokens
 * have expired.
 */
class TokenRevocationsTests {

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

	private final TokenRevocations revocations = new TokenRevocations(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void refusesVersionsBelowTheRevokedOneOnly() {
		int raised = this.revocations.apply(List.of(revocation("tanaka", 2, NOW.plusSeconds(60))));

		assertThat(raised).isEqualTo(1);
		assertThat(this.revocations.isRevoked("tanaka", 0)).isTrue();
		assertThat(this.revocations.isRevoked("tanaka", 1)).isTrue();
		assertThat(this.revocations.isRevoked("tanaka", 2)).isFalse();
		assertThat(this.revocations.isRevoked("tanaka", 3)).isFalse();
		assertThat(this.revocations.isRevoked("suzuki", 0)).isFalse();
		assertThat(this.revocations.isRevoked(null, 0)).isFalse();
	}

	@Test
	void anOlderListArrivingLateDoesNotLowerAVersion() {
		this.revocations.apply(List.of(revocation("tanaka", 3, NOW.plusSeconds(60))));

		int raised = this.revocations.apply(List.of(revocation("tanaka", 2, NOW.plusSeconds(600))));

		assertThat(raised).isZero();
		assertThat(this.revocations.isRevoked("tanaka", 2)).isTrue();
	}

	@Test
	void countsOnlyEntriesThatRaiseAVersion() {
		this.revocations.apply(List.of(revocation("tanaka", 1, NOW.plusSeconds(60))));

		int raised = this.revocations.apply(List.of(revocation("tanaka", 1, NOW.plusSeconds(60)),
				revocation("tanaka", 2, NOW.plusSeconds(60)), revocation("sato", 1, NOW.plusSeconds(60))));

		assertThat(raised).isEqualTo(2);
	}

	@Test
	void forgetsAnEntryOnceEveryTokenItCouldRefuseHasExpired() {
		this.revocations
			.apply(List.of(revocation("expired", 5, NOW.minus(Duration.ofSeconds(1))), revocation("current", 5, NOW)));

		assertThat(this.revocations.isRevoked("expired", 1)).isFalse();
		assertThat(this.revocations.isRevoked("current", 1)).isTrue();
	}

	private static TokenRevocation revocation(String subject, long version, Instant expiresAt) {
		return new TokenRevocation(subject, version, expiresAt);
	}

}

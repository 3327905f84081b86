package com.orderplatform.common.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.orderplatform.common.security.RevocationProperties;
import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.common.security.TokenRevocations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A refresh records what the source says and survives a source that fails. */
class RevocationRefresherTests {

	private final TokenRevocations revocations = new TokenRevocations(Clock.systemUTC());

	private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

	private final RevocationRefresher refresher = new RevocationRefresher(() -> {
		if (this.failure.get() != null) {
			throw this.failure.get();
		}
		return List.of(new TokenRevocation("tanaka", 4, Instant.now().plus(Duration.ofHours(1))));
	}, this.revocations, new RevocationProperties("http://localhost:8000", Duration.ofSeconds(5), null));

	@Test
	void recordsTheSourcesRevocations() {
		this.refresher.refresh();

		assertThat(this.revocations.isRevoked("tanaka", 3)).isTrue();
		assertThat(this.revocations.isRevoked("tanaka", 4)).isFalse();
	}

	@Test
	void keepsWhatItKnowsWhenTheSourceFailsAndRecoversLater() {
		this.refresher.refresh();
		this.failure.set(new IllegalStateException("order service unreachable"));

		this.refresher.refresh();
		this.refresher.refresh();

		assertThat(this.revocations.isRevoked("tanaka", 3)).isTrue();
		this.failure.set(null);
		this.refresher.refresh();
		assertThat(this.revocations.isRevoked("tanaka", 3)).isTrue();
	}

}

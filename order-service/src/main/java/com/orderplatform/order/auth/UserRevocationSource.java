package com.orderplatform.order.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.orderplatform.common.security.RevocationSource;
import com.orderplatform.common.security.TokenRevocation;
import com.orderplatform.order.user.UserService;
import com.orderplatform.order.user.UserTokensRevoked;

import org.springframework.stereotype.Component;

/**
 * The revocations that still matter, read from the users table: users whose tokens were
 * revoked within one token lifetime (plus the minute of clock skew the services allow),
 * since any token issued before that has expired. This service refreshes its own
 * revocations from here (changes made by another instance), and the other services pull
 * the same list.
 */
@Component
class UserRevocationSource implements RevocationSource {

	/**
	 * How long after its expiry a token is still accepted (the validators' clock skew).
	 */
	static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final UserService users;

	private final AuthProperties properties;

	private final Clock clock;

	UserRevocationSource(UserService users, AuthProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<TokenRevocation> current() {
		return this.users.tokensRevokedSince(this.clock.instant().minus(lifetime()))
			.stream()
			.map(this::revocation)
			.toList();
	}

	/**
	 * The revocation for a change, valid as long as a token issued before it can be.
	 * @param revoked the change
	 * @return the revocation
	 */
	TokenRevocation revocation(UserTokensRevoked revoked) {
		return new TokenRevocation(revoked.username(), revoked.tokenVersion(), revoked.at().plus(lifetime()));
	}

	private Duration lifetime() {
		return this.properties.tokenTtl().plus(CLOCK_SKEW);
	}

}

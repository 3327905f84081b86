package com.orderplatform.common.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * How a service learns which platform tokens were revoked
 * ({@code oms.security.revocations.*}).
 *
 * @param issuer the issuer whose tokens carry a {@code ver} claim and are checked against
 * the revocations: the order service ({@code OMS_ORDER_URL}). The payment and
 * notification services also pull the list from {@code <issuer>/api/v1/auth/revocations}
 * @param refresh how often the list is refreshed ({@code OMS_REVOCATION_REFRESH}, 5 s):
 * the longest time a revocation that could not be pushed to a service goes unnoticed
 * there; 1 s to 5 min
 * @param secret the shared secret the pulls are signed with
 * ({@code OMS_REVOCATION_SECRET}, 16+ characters, the same on the three services); empty
 * = the file {@code revocation.secret} in the data directory they share on one machine
 */
@ConfigurationProperties("oms.security.revocations")
public record RevocationProperties(@DefaultValue("http://localhost:8000") String issuer,
		@DefaultValue("5s") Duration refresh, String secret) {

	public RevocationProperties {
		Assert.hasText(issuer, "oms.security.revocations.issuer (OMS_ORDER_URL) must not be empty");
		Assert.isTrue(
				refresh != null && refresh.compareTo(Duration.ofSeconds(1)) >= 0
						&& refresh.compareTo(Duration.ofMinutes(5)) <= 0,
				() -> "oms.security.revocations.refresh (OMS_REVOCATION_REFRESH) must be between 1s and 5m but was "
						+ refresh);
		issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
	}

	@Override
	public String toString() {
		return "RevocationProperties[issuer=" + this.issuer + ", refresh=" + this.refresh + ", secret="
				+ ((this.secret == null || this.secret.isEmpty()) ? "(from data dir)" : "(set)") + "]";
	}

}

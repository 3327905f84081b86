package com.orderplatform.order.auth;

import java.time.Instant;

/**
 * A signed token and its validity.
 *
 * @param value the compact JWT
 * @param issuedAt its {@code iat}
 * @param expiresAt its {@code exp}
 */
public record IssuedToken(String value, Instant issuedAt, Instant expiresAt) {

	@Override
	public String toString() {
		return "IssuedToken[issuedAt=" + this.issuedAt + ", expiresAt=" + this.expiresAt + "]";
	}

}

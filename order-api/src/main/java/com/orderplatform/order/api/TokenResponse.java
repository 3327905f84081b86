package com.orderplatform.order.api;

/**
 * The answer to a successful login: a bearer token for every service of the platform.
 *
 * @param accessToken the signed JWT to send as {@code Authorization: Bearer <token>}
 * @param tokenType always {@code bearer}
 * @param expiresIn the token's lifetime in seconds
 * @param role the user's role, also carried in the token's {@code roles} claim
 */
public record TokenResponse(String accessToken, String tokenType, long expiresIn, UserRole role) {

	@Override
	public String toString() {
		return "TokenResponse[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + ", role=" + this.role
				+ "]";
	}

}

package com.orderplatform.order.api;

/**
 * A user's role ({@code "admin"}, {@code "operator"}, {@code "viewer"}); each includes
 * the ones after it. Carried in the tokens' {@code roles} claim.
 */
public enum UserRole {

	/** Everything, including user management and imports. */
	ADMIN,
	/** Reads, and places, ships and cancels orders. */
	OPERATOR,
	/** Reads. */
	VIEWER

}

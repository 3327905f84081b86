package com.orderplatform.common.security;

import java.util.Locale;

/**
 * The platform's roles. A user has one of {@link #ADMIN}, {@link #OPERATOR} and
 * {@link #VIEWER}; each includes the ones after it. {@link #SERVICE} is the identity of
 * one service calling another; it includes nothing else and is granted endpoint by
 * endpoint.
 */
public final class Roles {

	/** Everything, including user management, imports and manual refunds. */
	public static final String ADMIN = "ADMIN";

	/** Reads, and creates, ships and cancels orders. */
	public static final String OPERATOR = "OPERATOR";

	/** Reads. */
	public static final String VIEWER = "VIEWER";

	/** Another service of the platform, calling on its own behalf. */
	public static final String SERVICE = "SERVICE";

	private Roles() {
	}

	/**
	 * Normalises a role as it appears in a token ({@code "admin"}) to its name here.
	 * @param claimValue the role as the token carries it
	 * @return the role name, upper case
	 */
	public static String fromClaim(String claimValue) {
		return claimValue.trim().toUpperCase(Locale.ROOT);
	}

}

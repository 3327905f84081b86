package com.orderplatform.common.security;

import java.util.List;

/**
 * Where a service reads the complete list of revocations that still matter. The order
 * service, which owns the users, reads its database; the payment and notification
 * services by default pull the order service's list over HTTP.
 */
@FunctionalInterface
public interface RevocationSource {

	/**
	 * The revocations whose tokens may still be alive.
	 * @return the entries
	 * @throws RuntimeException when the source cannot be read (the refresh tries again)
	 */
	List<TokenRevocation> current();

}

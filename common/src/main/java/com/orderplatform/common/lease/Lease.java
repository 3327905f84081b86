package com.orderplatform.common.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A claim about to be written: who holds it, the time it is taken at, and until when it
 * holds. Times come from the caller's clock, so tests can move them.
 *
 * @param owner the claiming instance's id
 * @param now the current time; a lease that ends at or before it has expired
 * @param until when the lease ends unless renewed
 */
public record Lease(String owner, Instant now, Instant until) {

	public Lease {
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(until, "until");
	}

	/**
	 * A lease of the given length from now.
	 * @param owner the claiming instance's id
	 * @param now the current time
	 * @param length how long the lease holds
	 * @return the lease
	 */
	public static Lease of(String owner, Instant now, Duration length) {
		return new Lease(owner, now, now.plus(length));
	}

}

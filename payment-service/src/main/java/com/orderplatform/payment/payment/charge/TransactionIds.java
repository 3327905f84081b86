package com.orderplatform.payment.payment.charge;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Our transaction ids: UUIDs of version 7 (RFC 9562), whose first 48 bits are the time in
 * milliseconds and whose other 74 bits are random (from a {@link SecureRandom}, as
 * {@link UUID#randomUUID} draws them). Unique and unguessable like a random UUID, and
 * written in the usual 36-character form, but ordered by time: a batch's new payments
 * land at the end of the unique index on {@code payments.transaction_id} instead of on a
 * thousand random pages of it. With random UUIDs that index made most of a batch's write
 * on SQLite: each insert touched a page of its own, and the commit wrote them all (issue
 * #14).
 */
final class TransactionIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TransactionIds() {
	}

	/**
	 * A new transaction id.
	 * @return the id, as {@link UUID#toString} writes it
	 */
	static String next() {
		return at(System.currentTimeMillis());
	}

	/**
	 * A new transaction id of a given time.
	 * @param epochMillis the time, in milliseconds since the epoch
	 * @return the id
	 */
	static String at(long epochMillis) {
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		long mostSignificant = (epochMillis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
		long leastSignificant = 0;
		for (int i = 2; i < 10; i++) {
			leastSignificant = (leastSignificant << 8) | (random[i] & 0xFFL);
		}
		leastSignificant = (leastSignificant & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(mostSignificant, leastSignificant).toString();
	}

}

package com.orderplatform.payment.payment.charge;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transaction ids are UUIDs of version 7: the time first, then random bits.
 */
class TransactionIdsTests {

	private static final long T0 = Instant.parse("2026-12-07T10:00:00.123Z").toEpochMilli();

	@Test
	void isAVersion7UuidWhoseFirst48BitsAreTheTimeInMilliseconds() {
		String id = TransactionIds.at(T0);

		UUID uuid = UUID.fromString(id);
		assertThat(uuid).hasToString(id);
		assertThat(id).hasSize(36);
		assertThat(uuid.version()).isEqualTo(7);
		assertThat(uuid.variant()).isEqualTo(2);
		assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(T0);
		assertThat(id).startsWith("01a24ff2-297b-7");
	}

	@Test
	void idsOfLaterMillisecondsSortAfterEarlierOnesAsText() {
		List<String> ids = List.of(TransactionIds.at(T0 + 2), TransactionIds.at(T0), TransactionIds.at(T0 + 1),
				TransactionIds.at(T0 + 1000));

		assertThat(ids.stream().sorted().toList()).containsExactly(ids.get(1), ids.get(2), ids.get(0), ids.get(3));
	}

	@Test
	void idsOfOneMillisecondDifferInTheirRandomBits() {
		Set<String> ids = new HashSet<>();
		IntStream.range(0, 10_000).forEach((i) -> ids.add(TransactionIds.at(T0)));

		assertThat(ids).hasSize(10_000);
		assertThat(TransactionIds.next()).isNotEqualTo(TransactionIds.next());
		long now = System.currentTimeMillis();
		assertThat(UUID.fromString(TransactionIds.next()).getMostSignificantBits() >>> 16).isBetween(now - 60_000,
				now + 60_000);
	}

}

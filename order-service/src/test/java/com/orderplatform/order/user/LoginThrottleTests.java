package com.orderplatform.order.user;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locks after consecutive failed logins: 30 s after the fifth, doubling, at most 15 min.
 */
class LoginThrottleTests {

	@ParameterizedTest(name = "{0} failures → {1} s")
	@CsvSource({ "1, 0", "2, 0", "3, 0", "4, 0", "5, 30", "6, 60", "7, 120", "8, 240", "9, 480", "10, 900", "11, 900",
			"40, 900", "2147483647, 900" })
	void locksAfterTheFifthFailureDoublingUpToFifteenMinutes(int failures, long lockSeconds) {
		Optional<Duration> lock = LoginThrottle.lockAfter(failures);

		if (lockSeconds == 0) {
			assertThat(lock).isEmpty();
		}
		else {
			assertThat(lock).contains(Duration.ofSeconds(lockSeconds));
		}
	}

}

package com.orderplatform.order.user;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Locks after failed logins: for a user name 30 s after the fifth, for a client after the
 * twentieth, doubling, at most 15 min.
 */
class LoginThrottleTests {

	@ParameterizedTest(name = "{0} failures → {1} s")
	@CsvSource({ "1, 0", "2, 0", "3, 0", "4, 0", "5, 30", "6, 60", "7, 120", "8, 240", "9, 480", "10, 900", "11, 900",
			"40, 900", "2147483647, 900" })
	void locksAUserNameAfterTheFifthFailureDoublingUpToFifteenMinutes(int failures, long lockSeconds) {
		Optional<Duration> lock = LoginThrottle.ACCOUNT.lockAfter(failures);

		if (lockSeconds == 0) {
			assertThat(lock).isEmpty();
		}
		else {
			assertThat(lock).contains(Duration.ofSeconds(lockSeconds));
		}
	}

	@ParameterizedTest(name = "{0} failures → {1} s")
	@CsvSource({ "1, 0", "19, 0", "20, 30", "21, 60", "24, 480", "25, 900", "2147483647, 900" })
	void locksAClientAfterTheTwentiethFailure(int failures, long lockSeconds) {
		Optional<Duration> lock = LoginThrottle.CLIENT.lockAfter(failures);

		assertThat(lock)
			.isEqualTo((lockSeconds == 0) ? Optional.empty() : Optional.of(Duration.ofSeconds(lockSeconds)));
	}

}

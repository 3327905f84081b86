package com.orderplatform.order.user;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The real password checker, counting its BCrypt checks (a real one or the dummy one for
 * an unknown user), so a test can tell how many guesses reached BCrypt.
 */
public class CountingPasswords extends Passwords {

	private final AtomicInteger checks = new AtomicInteger();

	@Override
	boolean matches(String password, String hash) {
		if (fitsBCrypt(password)) {
			// A longer one is counted by mismatchAnyway().
			this.checks.incrementAndGet();
		}
		return super.matches(password, hash);
	}

	@Override
	void mismatchAnyway() {
		this.checks.incrementAndGet();
		super.mismatchAnyway();
	}

	/**
	 * The BCrypt checks so far.
	 * @return the count
	 */
	public int checks() {
		return this.checks.get();
	}

	/** Puts the counting checker in place of the real one. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		CountingPasswords countingPasswords() {
			return new CountingPasswords();
		}

	}

}

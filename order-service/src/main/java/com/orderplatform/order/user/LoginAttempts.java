package com.orderplatform.order.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderplatform.order.user.LoginThrottleRepository.ThrottleKey;
import com.orderplatform.order.user.errors.AccountLockedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Throttles password checks (logins and password changes) per user name and client
 * address and per client address ({@link LoginThrottle}). An attempt is reserved, that is
 * counted as a failure, before the password is checked, and only a reserved attempt gets
 * its BCrypt check: parallel guesses cannot run more checks than the limit. The lock is
 * per client, so a client guessing one user's password cannot lock that user out
 * elsewhere. The client is the TCP peer address; behind a proxy that is the proxy until
 * forwarded headers are trusted. Quiet keys are swept every ten minutes.
 */
@Component
class LoginAttempts implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** Longer names cannot be accounts; the key keeps a bounded length. */
	private static final int MAX_USERNAME = 64;

	private final LoginThrottleRepository repository;

	private final Clock clock;

	private ScheduledExecutorService sweeper;

	LoginAttempts(LoginThrottleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Counts an attempt for the user name from the client, unless one of them is locked.
	 * @param username the user name as typed
	 * @param client the client's address
	 * @return the reservation, to settle with {@link #succeeded} when the password is
	 * right
	 * @throws AccountLockedException while the user name (for this client) or the client
	 * is locked
	 */
	Reservation reserve(String username, String client) {
		Reservation reservation = new Reservation(accountKey(username, client), "client:" + client);
		try {
			this.repository.reserve(List.of(new ThrottleKey(reservation.clientKey(), LoginThrottle.CLIENT),
					new ThrottleKey(reservation.accountKey(), LoginThrottle.ACCOUNT)), this.clock.instant());
		}
		catch (AccountLockedException ex) {
			log.info("Refused a password check for user '{}' from {} unchecked: locked for {} s more",
					UserLoginService.masked(username), masked(client), ex.retryAfterSeconds());
			throw ex;
		}
		return reservation;
	}

	/**
	 * Settles a reservation whose password was right: the user name's failures are
	 * forgotten, and the client's count loses this attempt again.
	 * @param reservation the reservation
	 */
	void succeeded(Reservation reservation) {
		this.repository.reset(reservation.accountKey());
		this.repository.refund(reservation.clientKey());
	}

	/**
	 * A client address for the log, its last part hidden: an address is personal data.
	 */
	static String masked(String client) {
		int cut = Math.max(client.lastIndexOf('.'), client.lastIndexOf(':'));
		return (cut > 0) ? client.substring(0, cut + 1) + "*" : "*";
	}

	static String accountKey(String username, String client) {
		String name = (username.length() > MAX_USERNAME) ? username.substring(0, MAX_USERNAME) : username;
		return "account:" + name + "|client:" + client;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.sweeper = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("login-throttle-sweep").daemon().factory());
		this.sweeper.scheduleWithFixedDelay(this::sweep, 10, 10, TimeUnit.MINUTES);
	}

	@Override
	public void destroy() {
		if (this.sweeper != null) {
			this.sweeper.shutdownNow();
		}
	}

	/** Deletes the keys whose failures no longer count. */
	void sweep() {
		try {
			Instant now = this.clock.instant();
			int deleted = this.repository.sweep(now.minus(LoginThrottle.FORGET_AFTER), now);
			if (deleted > 0) {
				log.info("Forgot the failed logins of {} quiet throttle key(s)", deleted);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Cannot sweep the login throttle: {}", ex.toString());
		}
	}

	/**
	 * An attempt counted against both keys.
	 *
	 * @param accountKey the user name from this client
	 * @param clientKey the client
	 */
	record Reservation(String accountKey, String clientKey) {
	}

}

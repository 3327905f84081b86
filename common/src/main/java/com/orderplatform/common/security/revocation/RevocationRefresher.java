package com.orderplatform.common.security.revocation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderplatform.common.security.RevocationProperties;
import com.orderplatform.common.security.RevocationSource;
import com.orderplatform.common.security.TokenRevocations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Reads the complete revocation list once before the service takes requests and then
 * every {@code oms.security.revocations.refresh}: the backstop for a push that did not
 * arrive (a service that was down or restarted, another instance of it behind a load
 * balancer). A failing source is logged once when it starts failing and once when it
 * recovers, not every few seconds.
 */
public class RevocationRefresher implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RevocationRefresher.class);

	private final RevocationSource source;

	private final TokenRevocations revocations;

	private final RevocationProperties properties;

	private volatile boolean failing;

	private ScheduledExecutorService scheduler;

	public RevocationRefresher(RevocationSource source, TokenRevocations revocations, RevocationProperties properties) {
		this.source = source;
		this.revocations = revocations;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		refresh();
		long every = this.properties.refresh().toMillis();
		this.scheduler = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("token-revocations").daemon().factory());
		this.scheduler.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	/** Reads the list and records what is new; never throws. */
	void refresh() {
		try {
			int raised = this.revocations.apply(this.source.current());
			if (this.failing) {
				log.info("Token revocations can be refreshed again");
				this.failing = false;
			}
			if (raised > 0) {
				log.info("Refreshed token revocations: {} user(s) newly revoked", raised);
			}
		}
		catch (RuntimeException ex) {
			if (!this.failing) {
				log.warn("Cannot refresh token revocations from {}: {} (trying again every {})",
						this.properties.issuer(), ex.toString(), this.properties.refresh());
				this.failing = true;
			}
			else {
				log.debug("Token revocations still cannot be refreshed: {}", ex.toString());
			}
		}
	}

}

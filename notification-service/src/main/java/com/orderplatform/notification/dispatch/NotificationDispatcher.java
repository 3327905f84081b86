package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationQueue;
import com.orderplatform.notification.notification.NotificationsQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the queued notifications, one at a time, on one thread per service instance.
 * <p>
 * It starts with the application and first takes back the claims its previous run left (a
 * process killed mid-send: that one message goes out again, at least once; its email
 * keeps its {@code Message-ID}, so the receiver can tell). Then it claims the
 * notification due longest, waits for its send slot and sends it, and so on. With nothing
 * due it sleeps until the next retry falls due, or until new notifications are queued
 * here, or for the poll interval to see work queued by other instances. On shutdown it
 * finishes the send in progress, gives back a claim whose slot has not come, and stops.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final NotificationQueue queue;

	private final NotificationSender sender;

	private final Sleeper sleeper;

	private final Clock clock;

	private final DispatchProperties properties;

	private final String instanceId;

	private volatile boolean running;

	private Thread thread;

	NotificationDispatcher(NotificationQueue queue, NotificationSender sender, Sleeper sleeper, Clock clock,
			DispatchProperties properties, InstanceId instanceId) {
		this.queue = queue;
		this.sender = sender;
		this.sleeper = sleeper;
		this.clock = clock;
		this.properties = properties;
		this.instanceId = instanceId.value();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.thread = Thread.ofPlatform().name("notification-dispatcher").daemon().start(this::run);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		this.sleeper.wakeUp();
		try {
			this.thread.join(STOP_TIMEOUT);
			if (this.thread.isAlive()) {
				log.warn("Notification dispatcher {} did not stop within {}; its claim will be taken back on restart",
						this.instanceId, STOP_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@EventListener
	void onQueued(NotificationsQueued queued) {
		this.sleeper.wakeUp();
	}

	private void run() {
		log.info("Notification dispatcher {} started, at most {} sends per second", this.instanceId,
				this.properties.rateLimitPerSecond());
		boolean claimsTakenBack = false;
		while (this.running) {
			try {
				if (!claimsTakenBack) {
					takeBackClaimsOfPreviousRun();
					claimsTakenBack = true;
				}
				if (!dispatchOne()) {
					waitForWork();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.error("Notification dispatcher {} hit an error; trying again in {}", this.instanceId,
						this.properties.pollInterval(), ex);
				pause();
			}
		}
		log.info("Notification dispatcher {} stopped", this.instanceId);
	}

	private void takeBackClaimsOfPreviousRun() {
		int released = this.queue.releaseAll(this.instanceId);
		if (released > 0) {
			log.warn("Notification dispatcher {} took back {} claim(s) its previous run left unfinished; "
					+ "they are sent again (at least once)", this.instanceId, released);
		}
	}

	private boolean dispatchOne() throws InterruptedException {
		Instant now = this.clock.instant();
		Optional<Notification> claimed = this.queue.claimNext(this.instanceId, now,
				now.plus(this.properties.claimTimeout()));
		if (claimed.isEmpty()) {
			return false;
		}
		this.sender.deliver(claimed.get(), this.instanceId, () -> !this.running);
		return true;
	}

	private void waitForWork() throws InterruptedException {
		Optional<Instant> next = this.queue.nextClaimableAt();
		if (next.isEmpty()) {
			this.sleeper.awaitWork(this.properties.pollInterval());
			return;
		}
		Instant poll = this.clock.instant().plus(this.properties.pollInterval());
		this.sleeper.sleepUntil(next.get().isBefore(poll) ? next.get() : poll);
	}

	private void pause() {
		try {
			this.sleeper.awaitWork(this.properties.pollInterval());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}

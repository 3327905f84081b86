package com.orderplatform.notification.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.orderplatform.common.concurrent.BackgroundPriority;
import com.orderplatform.common.lease.InstanceId;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.NotificationQueue;
import com.orderplatform.notification.notification.NotificationsQueued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends the queued notifications, one at a time, on one thread per service instance, at
 * background priority ({@code oms.notifications.dispatcher-nice}).
 * <p>
 * It starts with the application and first takes back the claims a previous run under the
 * same configured instance id left (a process killed mid-send: that one message goes out
 * again, at least once; its email keeps its {@code Message-ID}, so the receiver can
 * tell). Under the default id, unique to each start, there are none: a dead run's claim
 * is taken over by any instance once its claim timeout has passed. Then, while anything
 * is due, it waits for a send permit, claims the next notification of the lane the permit
 * is offered to ({@link LaneOrder}) and sends it. The permit comes first so that no
 * claimed row waits for a permit: a transactional message queued meanwhile is claimed
 * with the very next permit, by whichever instance takes it. With nothing due it sleeps
 * until the next retry falls due, or until new notifications are queued here, or for the
 * poll interval to see work queued by other instances. On shutdown it finishes the send
 * in progress and stops; it holds no claim while it waits.
 */
@Component
class NotificationDispatcher implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private final NotificationQueue queue;

	private final NotificationSender sender;

	private final SendPacer pacer;

	private final LaneOrder lanes;

	private final Sleeper sleeper;

	private final Clock clock;

	private final DispatchProperties properties;

	private final String instanceId;

	private volatile boolean running;

	private Thread thread;

	NotificationDispatcher(NotificationQueue queue, NotificationSender sender, SendPacer pacer, Sleeper sleeper,
			Clock clock, DispatchProperties properties, InstanceId instanceId) {
		this.queue = queue;
		this.sender = sender;
		this.pacer = pacer;
		this.lanes = new LaneOrder(properties.bulkTurnEvery());
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
		this.thread = BackgroundPriority
			.lowered(Thread.ofPlatform().name("notification-dispatcher").daemon().factory(),
					this.properties.dispatcherNice())
			.newThread(this::run);
		this.thread.start();
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
		log.info(
				"Notification dispatcher {} started, at most {} sends per second, every {}th offered to the bulk "
						+ "lane first",
				this.instanceId, this.properties.rateLimitPerSecond(), this.properties.bulkTurnEvery());
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

	/**
	 * Sends one notification if any is due.
	 * @return {@code false} when nothing was due, so the caller waits for work
	 */
	private boolean dispatchOne() throws InterruptedException {
		if (!this.queue.hasClaimable(this.clock.instant())) {
			return false;
		}
		Optional<SendPacer.Permit> permit = this.pacer.awaitTurn(() -> !this.running);
		if (permit.isEmpty()) {
			return true;
		}
		Instant now = this.clock.instant();
		Optional<Notification> claimed = this.queue.claimNext(this.instanceId,
				this.lanes.forPermit(permit.get().number()), now, now.plus(this.properties.claimTimeout()));
		// Empty when another instance claimed the last due one meanwhile: the permit
		// goes unused, which only keeps the rate lower.
		claimed
			.ifPresent((notification) -> this.sender.deliver(notification, this.instanceId, permit.get().grantedAt()));
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

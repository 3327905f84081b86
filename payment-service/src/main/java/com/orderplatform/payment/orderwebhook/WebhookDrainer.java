package com.orderplatform.payment.orderwebhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.orderplatform.common.lease.InstanceId;
import com.orderplatform.common.lease.Lease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Drains the webhook outbox on every instance: claims due webhooks (as many as it has
 * free sending slots), sends each on a thread of its own with no transaction open, and
 * records the outcome. A change committed on this instance wakes it at once, so a webhook
 * usually leaves within milliseconds of its commit; otherwise it looks every poll
 * interval, for webhooks of other instances, retries that fell due and claims that ran
 * out. At its start it takes back the claims its previous run left (a process killed
 * mid-send: that webhook goes out again, with the same event id). On shutdown it stops
 * claiming and lets the sends in progress finish.
 */
class WebhookDrainer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookDrainer.class);

	private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

	/** Below the web server's phases (Boot stops higher phases first). */
	private static final int SHUTDOWN_AFTER_WEB_SERVER = SmartLifecycle.DEFAULT_PHASE - 4096;

	private final WebhookOutbox outbox;

	private final WebhookSend sends;

	private final WebhookOutboxProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final Semaphore slots;

	private final Object signal = new Object();

	private boolean woken;

	private volatile boolean running;

	private Thread thread;

	private ExecutorService senders;

	private Instant nextCleanupAt = Instant.MIN;

	WebhookDrainer(WebhookOutbox outbox, OrderServiceClient client, WebhookOutboxProperties properties, Clock clock,
			InstanceId instanceId) {
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = instanceId.value();
		this.sends = new WebhookSend(outbox, client, properties, clock, this.instanceId);
		this.slots = new Semaphore(properties.concurrency());
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		// Platform threads: a sender records its outcome in SQLite, whose lock wait would
		// pin a virtual thread's carrier (see platform-defaults.yml). At most the number
		// of
		// sending slots run at once.
		this.senders = Executors
			.newThreadPerTaskExecutor(Thread.ofPlatform().name("payment-webhook-", 0).daemon().factory());
		this.thread = Thread.ofPlatform().name("payment-webhook-drainer").daemon().start(this::run);
	}

	@Override
	public synchronized void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		wakeUp();
		try {
			this.thread.join(this.properties.lease().toMillis());
			this.senders.shutdown();
			if (!this.senders.awaitTermination(this.properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Webhook drainer {} stopped with sends in progress; their claims run out and they are sent "
						+ "again", this.instanceId);
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

	/**
	 * Stops after the web server has finished its requests in flight (graceful shutdown),
	 * so that the webhooks those requests commit are still sent by this instance.
	 */
	@Override
	public int getPhase() {
		return SHUTDOWN_AFTER_WEB_SERVER;
	}

	/** Makes the drainer look for work now: a webhook was committed, or a slot freed. */
	void wakeUp() {
		synchronized (this.signal) {
			this.woken = true;
			this.signal.notifyAll();
		}
	}

	private void run() {
		log.info("Webhook drainer {} started: at most {} sends at once, {} attempts each", this.instanceId,
				this.properties.concurrency(), this.properties.maxAttempts());
		boolean claimsTakenBack = false;
		while (this.running) {
			try {
				if (!claimsTakenBack) {
					int released = this.outbox.releaseAll(this.instanceId);
					claimsTakenBack = true;
					if (released > 0) {
						log.warn("Webhook drainer {} took back {} webhook(s) its previous run was sending; they are "
								+ "sent again with the same event id", this.instanceId, released);
					}
				}
				if (!claimAndSend()) {
					cleanUpIfDue();
					waitForWork();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (RuntimeException ex) {
				log.error("Webhook drainer {} hit an error; trying again in {}", this.instanceId,
						this.properties.pollInterval(), ex);
				pause();
			}
		}
		log.info("Webhook drainer {} stopped", this.instanceId);
	}

	/**
	 * Claims as many due webhooks as there are free slots and starts sending them.
	 * @return {@code true} when every free slot got one, so more may be due
	 */
	private boolean claimAndSend() throws InterruptedException {
		int free = this.slots.availablePermits();
		if (free == 0) {
			return false;
		}
		Instant now = this.clock.instant();
		List<OutboxEntry> claimed = this.outbox.claimDue(Lease.of(this.instanceId, now, this.properties.lease()), free);
		for (OutboxEntry entry : claimed) {
			this.slots.acquire();
			this.senders.execute(() -> sendAndRelease(entry));
		}
		return claimed.size() == free;
	}

	private void sendAndRelease(OutboxEntry entry) {
		try {
			this.sends.send(entry);
		}
		catch (RuntimeException ex) {
			log.error("Webhook {} of payment {} (order {}) could not be sent or recorded; its claim runs out and it "
					+ "is sent again", entry.id(), entry.paymentId(), entry.orderId(), ex);
		}
		finally {
			this.slots.release();
			wakeUp();
		}
	}

	private void cleanUpIfDue() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextCleanupAt)) {
			return;
		}
		this.nextCleanupAt = now.plus(CLEANUP_EVERY);
		int deleted = this.outbox.deleteDeliveredBefore(now.minus(this.properties.retention()));
		if (deleted > 0) {
			log.info("Webhook drainer {} deleted {} webhook(s) delivered more than {} ago", this.instanceId, deleted,
					this.properties.retention());
		}
	}

	private void waitForWork() throws InterruptedException {
		Duration wait = this.properties.pollInterval();
		if (this.slots.availablePermits() > 0) {
			Instant next = this.outbox.nextClaimableAt().orElse(null);
			if (next != null) {
				Duration untilDue = Duration.between(this.clock.instant(), next);
				wait = (untilDue.compareTo(wait) < 0) ? untilDue : wait;
			}
		}
		synchronized (this.signal) {
			if (!this.woken && wait.isPositive() && this.running) {
				this.signal.wait(Math.max(1, wait.toMillis()));
			}
			this.woken = false;
		}
	}

	private void pause() {
		try {
			synchronized (this.signal) {
				this.signal.wait(this.properties.pollInterval().toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}

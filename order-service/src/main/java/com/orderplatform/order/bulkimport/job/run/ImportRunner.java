package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderplatform.common.lease.InstanceId;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJobClaims;
import com.orderplatform.order.bulkimport.processing.ImportWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Runs queued jobs, at most {@code max-concurrent-jobs} at once on this instance: a
 * bounded pool of workers ({@link ImportWorker}), fed by one dispatcher that claims jobs
 * in the database with a lease ({@link ImportJobClaims}, on the shared
 * {@code common.lease}), so a second instance never runs the same job and a job whose
 * runner died (lease expired) or that this instance held before a restart (under the same
 * {@link InstanceId}: {@code oms.import.instance-id}, else host name and port) is taken
 * up again. The dispatcher looks for work every {@code poll-interval}, when a job is
 * uploaded or retried, when a worker frees up, and when a parked job's next attempt is
 * due. A job waiting for a downstream service holds no worker: its worker ends the run
 * and is free for other jobs, and the job is claimed again when its next attempt is due.
 */
@Component
public class ImportRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobClaims claims;

	private final ImportWorker worker;

	private final ImportProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private ExecutorService workers;

	private volatile ScheduledExecutorService dispatcher;

	public ImportRunner(ImportJobClaims claims, ImportWorker worker, ImportProperties properties, Clock clock,
			Environment environment) {
		this.claims = claims;
		this.worker = worker;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = InstanceId.resolve(properties.instanceId(), environment).value();
	}

	@Override
	public synchronized void start() {
		this.workers = Executors.newFixedThreadPool(this.properties.maxConcurrentJobs(), BackgroundPriority
			.lowered(Thread.ofPlatform().name("import-worker-", 1).daemon().factory(), this.properties.workerNice()));
		this.dispatcher = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-dispatcher").daemon().factory());
		this.dispatcher.scheduleWithFixedDelay(this::dispatch, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Import runner {} started with {} workers", this.instanceId, this.properties.maxConcurrentJobs());
	}

	@Override
	public synchronized void stop() {
		this.dispatcher.shutdownNow();
		this.workers.shutdownNow();
		try {
			// A claim in flight finishes (and its job is then stopped with the workers)
			// before this returns.
			this.dispatcher.awaitTermination(10, TimeUnit.SECONDS);
			if (!this.workers.awaitTermination(30, TimeUnit.SECONDS)) {
				log.warn("Import runner {}: jobs {} still running at shutdown", this.instanceId, this.running);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.dispatcher = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.dispatcher != null;
	}

	/** Looks for work now (after an upload). */
	public void wake() {
		ScheduledExecutorService current = this.dispatcher;
		if (current != null) {
			try {
				current.execute(this::dispatch);
			}
			catch (RejectedExecutionException ex) {
				log.debug("Import runner {} is stopping; not dispatching", this.instanceId);
			}
		}
	}

	public String instanceId() {
		return this.instanceId;
	}

	/** Looks for work when a parked job's next attempt is due. */
	private void wakeAt(Instant at) {
		ScheduledExecutorService current = this.dispatcher;
		if (current != null) {
			try {
				long delay = Math.max(Duration.between(this.clock.instant(), at).toMillis(), 0);
				current.schedule(this::dispatch, delay, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				log.debug("Import runner {} is stopping; not scheduling", this.instanceId);
			}
		}
	}

	private void dispatch() {
		try {
			int free = this.properties.maxConcurrentJobs() - this.running.size();
			if (free <= 0) {
				return;
			}
			for (String id : this.claims.claimable(this.instanceId, this.clock.instant(), free + this.running.size())) {
				if (this.running.size() >= this.properties.maxConcurrentJobs()) {
					return;
				}
				Instant now = this.clock.instant();
				if (!this.running.contains(id)
						&& this.claims.claim(id, this.instanceId, now, now.plus(this.properties.lease()))) {
					this.running.add(id);
					this.workers.execute(() -> run(id));
				}
			}
		}
		catch (RuntimeException ex) {
			log.error("Import runner {}: looking for queued jobs failed", this.instanceId, ex);
		}
	}

	private void run(String id) {
		Optional<Instant> nextAttempt = Optional.empty();
		try {
			nextAttempt = this.worker.run(id, this.instanceId);
		}
		catch (InterruptedException ex) {
			log.info("Import {} interrupted by shutdown; it resumes from its last checkpoint", id);
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Import {}: its run could not be recorded; it resumes once its lease expires", id, ex);
		}
		finally {
			this.running.remove(id);
			if (!Thread.currentThread().isInterrupted()) {
				wake();
				nextAttempt.ifPresent(this::wakeAt);
			}
		}
	}

}

package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderplatform.common.concurrent.BackgroundPriority;
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
 * Runs queued jobs on a bounded pool of workers ({@link ImportWorker}), fed by one
 * dispatcher that claims jobs in the database with a lease ({@link ImportJobClaims}, on
 * the shared {@code common.lease}) under the cluster-wide limit
 * ({@link ImportConcurrency}), so no two instances run one job and all of them together
 * run at most {@code max-concurrent-jobs}. The dispatcher looks for work every
 * {@code poll-interval}, when a job is uploaded or retried, when a worker frees up, and
 * when a parked job's next attempt is due (a job waiting for a downstream service holds
 * no worker). While jobs run, the {@link ImportHeartbeat} renews their leases. With
 * {@code oms.import.run-jobs=false} it claims nothing, for other instances to run.
 * <p>
 * The {@link InstanceId} is unique to this start unless {@code oms.import.instance-id}
 * names it. A graceful stop tells the runs to stop at their next checkpoint, interrupts
 * those still running after {@value #DRAIN_SECONDS} s and gives back the claims of the
 * jobs that stopped, for another instance to take up at once; a dead instance's jobs are
 * taken over once their leases end. A start gives back the claims a previous run under
 * the same configured name left, so they neither wait for their leases nor count.
 */
@Component
public class ImportRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private static final int DRAIN_SECONDS = 10;

	private final ImportJobClaims claims;

	private final ImportConcurrency concurrency;

	private final ImportWorker worker;

	private final ImportRuns runs;

	private final ImportProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();

	private final ImportHeartbeat heartbeat;

	private ExecutorService workers;

	private volatile ScheduledExecutorService dispatcher;

	public ImportRunner(ImportJobClaims claims, ImportConcurrency concurrency, ImportWorker worker, ImportRuns runs,
			ImportProperties properties, Clock clock, Environment environment) {
		this.claims = claims;
		this.concurrency = concurrency;
		this.worker = worker;
		this.runs = runs;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = InstanceId.resolve(properties.instanceId(), environment).value();
		this.heartbeat = new ImportHeartbeat(claims, clock, properties.lease(), this.instanceId, this.running);
	}

	@Override
	public synchronized void start() {
		int released = this.claims.releaseAll(this.instanceId, Set.of());
		if (released > 0) {
			log.warn("Import runner {} gave back {} claim(s) its previous run left; they resume now", this.instanceId,
					released);
		}
		this.runs.stopRuns(false);
		this.workers = Executors.newFixedThreadPool(this.properties.maxConcurrentJobs(), BackgroundPriority
			.lowered(Thread.ofPlatform().name("import-worker-", 1).daemon().factory(), this.properties.workerNice()));
		this.heartbeat.start(this.properties.heartbeatInterval());
		this.dispatcher = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-dispatcher").daemon().factory());
		this.dispatcher.scheduleWithFixedDelay(this::dispatch, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		log.info("Import runner {} started: at most {} jobs at once in the cluster, heartbeat every {}{}",
				this.instanceId, this.properties.maxConcurrentJobs(), this.properties.heartbeatInterval(),
				this.properties.runJobs() ? "" : "; it runs none itself (oms.import.run-jobs=false)");
	}

	@Override
	public synchronized void stop() {
		try {
			// A claim in flight finishes first; its jobs then stop with the others.
			this.dispatcher.shutdownNow();
			this.dispatcher.awaitTermination(10, TimeUnit.SECONDS);
			this.runs.stopRuns(true);
			this.workers.shutdown();
			if (!this.workers.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
			}
			if (!this.workers.awaitTermination(20, TimeUnit.SECONDS)) {
				log.warn("Import runner {}: jobs {} still running at shutdown keep their claims until their leases end",
						this.instanceId, this.running.keySet());
			}
			this.heartbeat.stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		int released = this.claims.releaseAll(this.instanceId, Set.copyOf(this.running.keySet()));
		log.info("Import runner {} stopped; {} claim(s) given back for other instances", this.instanceId, released);
		this.dispatcher = null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.dispatcher != null;
	}

	/** Looks for work now (after an upload). */
	public void wake() {
		schedule(0);
	}

	public String instanceId() {
		return this.instanceId;
	}

	private void schedule(long delayMillis) {
		ScheduledExecutorService current = this.dispatcher;
		if (current != null) {
			try {
				current.schedule(this::dispatch, delayMillis, TimeUnit.MILLISECONDS);
			}
			catch (RejectedExecutionException ex) {
				log.debug("Import runner {} is stopping; not dispatching", this.instanceId);
			}
		}
	}

	private void dispatch() {
		try {
			int room = this.properties.runJobs() ? this.properties.maxConcurrentJobs() - this.running.size() : 0;
			if (room <= 0) {
				return;
			}
			for (String id : this.concurrency.claim(this.instanceId, room, Set.copyOf(this.running.keySet()),
					this.clock.instant())) {
				AtomicBoolean lost = this.runs.started(id);
				this.running.put(id, lost);
				this.workers.execute(() -> run(id, lost));
			}
		}
		catch (RuntimeException ex) {
			log.error("Import runner {}: looking for queued jobs failed", this.instanceId, ex);
		}
	}

	private void run(String id, AtomicBoolean lost) {
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
			this.running.remove(id, lost);
			this.runs.ended(id, lost);
			if (!Thread.currentThread().isInterrupted()) {
				wake();
				nextAttempt
					.ifPresent((at) -> schedule(Math.max(Duration.between(this.clock.instant(), at).toMillis(), 0)));
			}
		}
	}

}

package com.orderplatform.order.bulkimport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderplatform.order.api.ImportJobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs queued jobs, at most {@code max-concurrent-jobs} at once on this instance: a
 * bounded pool of workers, fed by one dispatcher that claims jobs in the database (a
 * conditional update with a lease), so a second instance never runs the same job and a
 * job whose runner died (lease expired) or that this instance held before a restart is
 * taken up again. The dispatcher looks for work every {@code poll-interval}, when a job
 * is uploaded and when a worker frees up.
 */
@Component
class ImportRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

	private final ImportJobRepository jobs;

	private final ImportValidation validation;

	private final ImportProcessing processing;

	private final ImportProperties properties;

	private final ObjectProvider<ImportJobObserver> observers;

	private final Clock clock;

	private final String instanceId;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private ExecutorService workers;

	private volatile ScheduledExecutorService dispatcher;

	ImportRunner(ImportJobRepository jobs, ImportValidation validation, ImportProcessing processing,
			ImportProperties properties, ObjectProvider<ImportJobObserver> observers, Clock clock) {
		this.jobs = jobs;
		this.validation = validation;
		this.processing = processing;
		this.properties = properties;
		this.observers = observers;
		this.clock = clock;
		this.instanceId = (properties.instanceId() != null && !properties.instanceId().isBlank())
				? properties.instanceId() : hostName();
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
	void wake() {
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

	String instanceId() {
		return this.instanceId;
	}

	private void dispatch() {
		try {
			int free = this.properties.maxConcurrentJobs() - this.running.size();
			if (free <= 0) {
				return;
			}
			for (String id : this.jobs.claimable(this.instanceId, this.clock.instant(), free + this.running.size())) {
				if (this.running.size() >= this.properties.maxConcurrentJobs()) {
					return;
				}
				Instant now = this.clock.instant();
				if (!this.running.contains(id)
						&& this.jobs.claim(id, this.instanceId, now, now.plus(this.properties.lease()))) {
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
		try {
			ImportJob job = this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
			ImportJobObserver observer = this.observers.getIfAvailable();
			if (observer != null) {
				observer.starting(id, job.filename());
			}
			log.info("Import {} ({}) running on {}", id, job.filename(), this.instanceId);
			ImportJobRepository.Outcome outcome = execute(job);
			this.jobs.finish(id, this.instanceId, outcome, this.clock.instant());
			log.info("Import {} ended {}: {} rows, {} failed, {} orders", id, outcome.status(), outcome.processedRows(),
					outcome.failedRows(), outcome.orderCount());
		}
		catch (InterruptedException ex) {
			log.info("Import {} interrupted by shutdown; it resumes from its last checkpoint", id);
			Thread.currentThread().interrupt();
		}
		catch (ImportStoppedException ex) {
			stopped(id);
		}
		catch (IOException | RuntimeException ex) {
			log.error("Import {} failed", id, ex);
			this.jobs.finish(
					id, this.instanceId, new ImportJobRepository.Outcome(ImportJobStatus.FAILED, 0, 0, 0, 0, 0,
							"INTERNAL_ERROR", "The import stopped on an unexpected error: " + ex.getMessage()),
					this.clock.instant());
		}
		finally {
			this.running.remove(id);
			if (!Thread.currentThread().isInterrupted()) {
				wake();
			}
		}
	}

	/**
	 * Validates the job and, unless it is a dry run, imports it; a job that was
	 * processing when its runner stopped goes straight back to processing.
	 */
	private ImportJobRepository.Outcome execute(ImportJob job) throws IOException, InterruptedException {
		if (job.status() == ImportJobStatus.PROCESSING) {
			return this.processing.process(job, this.instanceId);
		}
		ImportJobRepository.Outcome validated = this.validation.validate(job, this.instanceId);
		if (validated.status() != ImportJobStatus.VALIDATED || job.dryRun()) {
			return validated;
		}
		if ("all_or_nothing".equals(job.errorPolicy()) && validated.failedRows() > 0) {
			return new ImportJobRepository.Outcome(ImportJobStatus.FAILED, validated.processedRows(), 0,
					validated.failedRows(), validated.orderCount(), validated.failedOrderCount(), "ALL_OR_NOTHING",
					validated.failedRows() + " of " + validated.processedRows()
							+ " rows failed validation and error_policy is all_or_nothing: no order was imported."
							+ " Download errors.csv, fix the rows and upload the file again.");
		}
		if (!this.jobs.startProcessing(job.id(), this.instanceId, validated, this.clock.instant())) {
			throw new ImportStoppedException(job.id());
		}
		return this.processing.process(this.jobs.find(job.id()).orElseThrow(), this.instanceId);
	}

	/**
	 * Ends a job whose cancelling was asked for; a job taken over is left to its owner.
	 */
	private void stopped(String id) {
		ImportJob job = this.jobs.find(id).orElseThrow(() -> new ImportJobNotFoundException(id));
		if (job.cancelRequested() && this.instanceId.equals(job.claimedBy())) {
			this.jobs.finish(id, this.instanceId, new ImportJobRepository.Outcome(ImportJobStatus.CANCELLED,
					job.processedRows(), 0, 0, 0, 0, null, null), this.clock.instant());
			log.info("Import {} cancelled after {} rows", id, job.processedRows());
		}
		else {
			log.warn("Import {} was taken over by {}; this runner stops", id, job.claimedBy());
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "order-service-" + UUID.randomUUID();
		}
	}

}

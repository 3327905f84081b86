package com.orderplatform.order.bulkimport.job.run;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.orderplatform.order.bulkimport.job.ImportJobClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renews the leases of the jobs this instance runs every {@code oms.import.heartbeat} (a
 * third of the lease unless set), on a thread of its own and whatever their progress: a
 * chunk that waits minutes for the payment service, or a run held before its first
 * checkpoint, keeps its job for as long as the instance lives, and only a dead or stalled
 * instance's jobs are taken over when their leases end. Each renewal is fenced on the
 * owner, as every write of a run is; one that changes nothing means the job is no longer
 * this runner's (taken over after a stall, or ended or parked meanwhile), and its run's
 * flag is raised so that it stops at its next checkpoint without writing
 * ({@link ImportProgress}).
 */
final class ImportHeartbeat {

	private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

	private final ImportJobClaims claims;

	private final Clock clock;

	private final Duration lease;

	private final String instanceId;

	private final Map<String, AtomicBoolean> running;

	private ScheduledExecutorService beats;

	/**
	 * A heartbeat for the given runs.
	 * @param running this instance's running jobs, each with the flag its run checks
	 */
	ImportHeartbeat(ImportJobClaims claims, Clock clock, Duration lease, String instanceId,
			Map<String, AtomicBoolean> running) {
		this.claims = claims;
		this.clock = clock;
		this.lease = lease;
		this.instanceId = instanceId;
		this.running = running;
	}

	void start(Duration interval) {
		this.beats = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-heartbeat").daemon().factory());
		this.beats.scheduleWithFixedDelay(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Stops beating; a beat in progress ends first. */
	void stop() throws InterruptedException {
		this.beats.shutdownNow();
		this.beats.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** Renews every running job's lease once. */
	void beat() {
		for (Map.Entry<String, AtomicBoolean> run : this.running.entrySet()) {
			try {
				if (!this.claims.heartbeat(run.getKey(), this.instanceId, this.clock.instant().plus(this.lease))) {
					run.getValue().set(true);
					log.debug("Import {} is no longer held by runner {} (taken over, ended or parked); its run stops",
							run.getKey(), this.instanceId);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Import {}: runner {} could not renew its lease; trying again at the next beat", run.getKey(),
						this.instanceId, ex);
			}
		}
	}

}

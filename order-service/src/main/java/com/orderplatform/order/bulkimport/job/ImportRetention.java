package com.orderplatform.order.bulkimport.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.orderplatform.order.bulkimport.ImportExpiredException;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.bulkimport.storage.ImportStore;
import com.orderplatform.order.bulkimport.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Keeps finished imports' stored files (in the {@link ImportStore}, a folder or a bucket)
 * and staged rows for {@code oms.import.retention} (30 days) after they end, then removes
 * them, so the disk and the staging tables do not grow with every file ever uploaded. The
 * job itself, its counts and its orders stay. A sweep runs a minute after start and then
 * every {@code oms.import.retention-sweep} (1 hour); after it, the job's errors,
 * errors.csv, results.csv, confirm and retry answer 410 Gone with the reason
 * ({@link ImportExpiredException}) — already from the moment the retention ends, so the
 * answer does not depend on when the sweep ran. The sweep also deletes partial uploads
 * ({@code upload-*.part}) older than an hour.
 */
@Component
public class ImportRetention implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportRetention.class);

	private final ImportProperties properties;

	private final ImportJobRepository jobs;

	private final ImportStagingRepository staging;

	private final ImportFiles files;

	private final ImportStore store;

	private final Clock clock;

	private ScheduledExecutorService sweeper;

	public ImportRetention(ImportProperties properties, ImportJobRepository jobs, ImportStagingRepository staging,
			ImportFiles files, ImportStore store, Clock clock) {
		this.properties = properties;
		this.jobs = jobs;
		this.staging = staging;
		this.files = files;
		this.store = store;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.sweeper = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("import-retention").daemon().factory());
		long every = this.properties.retentionSweep().toMillis();
		this.sweeper.scheduleWithFixedDelay(this::sweepLogged, Math.min(every, 60_000), every, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		if (this.sweeper != null) {
			this.sweeper.shutdownNow();
		}
	}

	/**
	 * Refuses work that needs a job's file or staged rows once its retention has ended.
	 * @param job the job
	 * @throws ImportExpiredException when the job ended more than the retention ago
	 */
	public void requireRows(ImportJob job) {
		if (expired(job)) {
			throw new ImportExpiredException(job.id(), retainedFrom(job).plus(this.properties.retention()),
					this.properties.retention());
		}
	}

	/**
	 * Removes the files and staged rows of the jobs whose retention has ended, and
	 * partial uploads a crash left behind ({@link ImportFiles#deleteAbandonedUploads}).
	 */
	public void sweep() {
		this.files.deleteAbandonedUploads();
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		int files = deleteFiles(cutoff);
		List<String> staged = this.staging.jobsFinishedBefore(cutoff);
		staged.forEach(this.staging::clear);
		if (files > 0 || !staged.isEmpty()) {
			log.info("Import retention ({}): removed {} stored files and the staged rows of {} jobs finished before {}",
					this.properties.retention(), files, staged.size(), cutoff);
		}
	}

	private boolean expired(ImportJob job) {
		Instant from = retainedFrom(job);
		return from != null && from.plus(this.properties.retention()).isBefore(this.clock.instant());
	}

	/**
	 * When a job's retention starts: when it ended, or when a job still waiting for its
	 * columns to be mapped was uploaded (nobody mapped it within the retention).
	 */
	private static Instant retainedFrom(ImportJob job) {
		return (job.finishedAt() == null && job.state() == ImportJobState.NEEDS_MAPPING) ? job.createdAt()
				: job.finishedAt();
	}

	private int deleteFiles(Instant cutoff) {
		int deleted = 0;
		try {
			for (StoredFile file : this.store.list()) {
				Optional<ImportJob> job = this.jobs.find(file.jobId());
				boolean old = job.isPresent() ? expired(job.get()) : file.lastModified().isBefore(cutoff);
				if (old && this.store.delete(file.jobId())) {
					deleted++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return deleted;
	}

	private void sweepLogged() {
		try {
			sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Import retention sweep failed; it runs again in {}", this.properties.retentionSweep(), ex);
		}
	}

}

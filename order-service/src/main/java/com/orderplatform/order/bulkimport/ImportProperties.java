package com.orderplatform.order.bulkimport;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import com.orderplatform.order.bulkimport.file.ImportLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The CSV import's settings under {@code oms.import} (environment {@code OMS_IMPORT_…}).
 * Invalid values stop the service at startup with a message naming the property.
 *
 * @param storageDir {@code oms.import.storage-dir}: where uploaded files are kept
 * (default {@code ${oms.data-dir}/imports})
 * @param maxFileSize {@code oms.import.max-file-size}: the largest file accepted (50MB);
 * at most {@code spring.servlet.multipart.max-file-size}, so the upload reaches the
 * import and is refused with its code
 * @param maxRows {@code oms.import.max-rows}: the most data rows of one file (100,000)
 * @param maxConcurrentJobs {@code oms.import.max-concurrent-jobs}: jobs running at once
 * in the whole cluster, counted in the database (5); a job parked while it waits for an
 * unreachable service does not count
 * @param chunkSize {@code oms.import.chunk-size}: rows written per transaction (1,000)
 * @param lease {@code oms.import.lease}: how long a claimed job stays with its runner
 * without news from it (renewed by the heartbeat and at every chunk) before another
 * runner may take it (2m; at least 1s)
 * @param pollInterval {@code oms.import.poll-interval}: how often queued and abandoned
 * jobs are looked for (2s; an upload wakes the runner at once)
 * @param instanceId {@code oms.import.instance-id}: this instance's name in claims
 * (default: host name, {@code server.port} and a random suffix of this start, as
 * {@code common.lease.InstanceId} resolves it); an instance that keeps a configured name
 * resumes the jobs claimed under it at once when it restarts
 * @param dashboardUrl {@code oms.import.dashboard-url}: the dashboard's address, for the
 * link to a job's page in the uploader's summary email (default
 * {@code http://localhost:5173})
 * @param retention {@code oms.import.retention}: how long a finished job's file and
 * staged rows (errors, errors.csv, results.csv) are kept (30d); the job and its orders
 * stay
 * @param retentionSweep {@code oms.import.retention-sweep}: how often expired files and
 * rows are removed (1h)
 * @param workerNice {@code oms.import.worker-nice}: the operating-system "nice" value of
 * the import workers (10; 0 to 19, 0 leaves them at the priority of request threads), so
 * that interactive requests go first when the cores are busy
 * @param heartbeat {@code oms.import.heartbeat}: how often the leases of the jobs an
 * instance runs are renewed, whatever their progress (default: a third of {@code lease});
 * shorter than {@code lease}
 * @param runJobs {@code oms.import.run-jobs}: whether this instance runs import jobs
 * (true); an instance with {@code false} takes uploads and answers about jobs but leaves
 * running them to the instances on the same database that do, so that a cluster can keep
 * the import's work off the instances that serve the dashboard and the API
 */
@Validated
@ConfigurationProperties("oms.import")
public record ImportProperties(@NotNull Path storageDir, @DefaultValue("50MB") @NotNull DataSize maxFileSize,
		@DefaultValue("100000") @Min(1) @Max(1_000_000) int maxRows,
		@DefaultValue("5") @Min(1) @Max(64) int maxConcurrentJobs,
		@DefaultValue("1000") @Min(1) @Max(100_000) int chunkSize, @DefaultValue("2m") @NotNull Duration lease,
		@DefaultValue("2s") @NotNull Duration pollInterval, String instanceId,
		@DefaultValue("http://localhost:5173") @NotNull URI dashboardUrl,
		@DefaultValue("30d") @NotNull Duration retention, @DefaultValue("1h") @NotNull Duration retentionSweep,
		@DefaultValue("10") @Min(0) @Max(19) int workerNice, Duration heartbeat,
		@DefaultValue("true") boolean runJobs) {

	public ImportProperties {
		Assert.isTrue(lease == null || lease.compareTo(Duration.ofSeconds(1)) >= 0,
				() -> "oms.import.lease (OMS_IMPORT_LEASE) must be at least 1s but was " + lease);
		Assert.isTrue(
				heartbeat == null || (heartbeat.isPositive() && (lease == null || heartbeat.compareTo(lease) < 0)),
				() -> "oms.import.heartbeat (OMS_IMPORT_HEARTBEAT) must be positive and shorter than oms.import.lease ("
						+ lease + ") but was " + heartbeat);
	}

	/**
	 * How often the runner renews its jobs' leases: {@code heartbeat}, or a third of the
	 * lease, so two beats may be missed before the lease ends.
	 * @return the interval
	 */
	public Duration heartbeatInterval() {
		return (this.heartbeat != null) ? this.heartbeat : this.lease.dividedBy(3);
	}

	/**
	 * The file-core limits these settings make.
	 * @return the size and row limits
	 */
	public ImportLimits limits() {
		return new ImportLimits(this.maxFileSize.toBytes(), this.maxRows);
	}

}

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
 * on one instance (5)
 * @param chunkSize {@code oms.import.chunk-size}: rows written per transaction (1,000)
 * @param lease {@code oms.import.lease}: how long a claimed job stays with its runner
 * without news from it (renewed at every chunk) before another runner may take it (2m)
 * @param pollInterval {@code oms.import.poll-interval}: how often queued and abandoned
 * jobs are looked for (2s; an upload wakes the runner at once)
 * @param instanceId {@code oms.import.instance-id}: this instance's name in claims; a
 * restarted instance resumes the jobs claimed under its name at once (default: the host
 * name and {@code server.port}, as {@code common.lease.InstanceId} resolves it)
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
		@DefaultValue("10") @Min(0) @Max(19) int workerNice) {

	/**
	 * The file-core limits these settings make.
	 * @return the size and row limits
	 */
	public ImportLimits limits() {
		return new ImportLimits(this.maxFileSize.toBytes(), this.maxRows);
	}

}

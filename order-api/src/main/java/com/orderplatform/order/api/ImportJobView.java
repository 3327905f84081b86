package com.orderplatform.order.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * An import job (a CSV file or an Excel workbook of orders).
 *
 * @param id the job's id (also the {@code batch_id} of the orders it creates)
 * @param filename the uploaded file's name
 * @param sha256 the file's SHA-256, hex
 * @param status where the job is
 * @param phase what a running job does now ({@code counting}, {@code staging},
 * {@code grouping}; while processing {@code importing}, {@code retrying} (a retry
 * charging pending orders again), or {@code waiting_for_payments} /
 * {@code waiting_for_notifications} while it waits for a service that cannot be reached),
 * {@code null} otherwise
 * @param dryRun whether the job only validates
 * @param notifyMode {@code notify}: {@code per_order}, {@code summary} or {@code none}
 * @param errorPolicy {@code import_valid} or {@code all_or_nothing}
 * @param maxErrors the most failed rows tolerated (a count or {@code N%}), {@code null}
 * for no limit
 * @param encoding the file's encoding as detected, {@code null} until the file is read
 * ({@code UTF-8}, {@code UTF-8 (BOM)}, {@code Windows-31J (Shift_JIS)})
 * @param delimiter the detected delimiter ({@code ","}, {@code "\t"} or {@code ";"}),
 * {@code null} until the file is read
 * @param format the file's format: {@code csv} or {@code xlsx} (an Excel workbook)
 * @param sheet the workbook sheet read, {@code null} for a CSV file (or until the
 * workbook is read, when none was asked for)
 * @param profile the column mapping profile applied, {@code null} when none
 * @param totalRows the data rows of the file, {@code null} until counted
 * @param processedRows rows validated so far (while processing: rows imported so far)
 * @param successRows rows that passed (in a dry run: would be imported); once processed,
 * rows that became order items
 * @param failedRows rows with at least one error (their own or their order's)
 * @param orderCount orders in the file
 * @param failedOrderCount orders that fail
 * @param progress the share done, 0 to 1 (1 only once the job has finished)
 * @param rowsPerSecond rows validated per second since the job started, {@code null}
 * before it starts
 * @param etaSeconds seconds left at that rate, {@code null} when unknown or while the job
 * waits for a downstream service
 * @param queuePosition 1 for the oldest queued job, {@code null} unless queued
 * @param waitingReason while a processing job waits out an outage of the payment or
 * notification service: why its last attempt failed; {@code null} otherwise
 * @param waitingSince when that outage began (the job waits at most
 * {@code OMS_IMPORT_OUTAGE_PATIENCE} from here), {@code null} otherwise
 * @param nextAttemptAt when a waiting job tries again, {@code null} unless it waits
 * @param warnings things the uploader should know that do not stop the import
 * @param errorCode why the job failed ({@code TOO_MANY_ROWS}, {@code MALFORMED_CSV},
 * {@code MAX_ERRORS_EXCEEDED}, {@code ALL_OR_NOTHING}, {@code INTERNAL_ERROR},
 * {@code PAYMENTS_INCOMPLETE}, {@code CONFIRMATIONS_INCOMPLETE}), {@code null} otherwise
 * @param error the reason in English, {@code null} when there is none
 * @param createdBy the uploader (the token's subject)
 * @param createdAt when it was uploaded
 * @param startedAt when a runner first took it
 * @param finishedAt when it ended
 * @param updatedAt when it last changed
 */
public record ImportJobView(String id, String filename, String sha256, ImportJobStatus status, @Nullable String phase,
		boolean dryRun, @JsonProperty("notify") String notifyMode, String errorPolicy, @Nullable String maxErrors,
		@Nullable String encoding, @Nullable String delimiter, String format, @Nullable String sheet,
		@Nullable String profile, @Nullable Integer totalRows, int processedRows, int successRows, int failedRows,
		int orderCount, int failedOrderCount, double progress, @Nullable Double rowsPerSecond,
		@Nullable Long etaSeconds, @Nullable Integer queuePosition, @Nullable String waitingReason,
		@Nullable Instant waitingSince, @Nullable Instant nextAttemptAt, List<String> warnings,
		@Nullable String errorCode, @Nullable String error, String createdBy, Instant createdAt,
		@Nullable Instant startedAt, @Nullable Instant finishedAt, Instant updatedAt) {
}

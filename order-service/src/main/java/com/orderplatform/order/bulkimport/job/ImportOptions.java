package com.orderplatform.order.bulkimport.job;

/**
 * The options of an upload, parsed where the request arrived.
 *
 * @param dryRun only validate
 * @param notifyMode who hears about the import
 * @param errorPolicy what an invalid row does to the rest
 * @param maxErrors the most failed rows tolerated
 * @param requestedEncoding the encoding asked for, {@code null} to detect it
 * @param idempotencyKey the {@code Idempotency-Key}, {@code null} for none
 * @param sheet the workbook sheet asked for, {@code null} for the first
 * @param profile the mapping profile asked for, {@code null} to recognise one
 */
public record ImportOptions(boolean dryRun, NotifyMode notifyMode, ErrorPolicy errorPolicy, MaxErrors maxErrors,
		String requestedEncoding, String idempotencyKey, String sheet, String profile) {
}

package com.orderplatform.order.bulkimport.storage;

import java.time.Instant;

/**
 * A stored job file as the retention sweep sees it.
 *
 * @param jobId the job the file belongs to
 * @param lastModified when it was stored, for files whose job is unknown
 */
public record StoredFile(String jobId, Instant lastModified) {
}

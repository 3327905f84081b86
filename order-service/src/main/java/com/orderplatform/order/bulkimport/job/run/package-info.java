/**
 * Running the queue: {@link ImportRunner} claims queued and due jobs with a lease and
 * runs at most {@code oms.import.max-concurrent-jobs} at once on lowered-priority threads
 * ({@link BackgroundPriority}); {@link ImportRuns} records a run's moves (start
 * processing, park, end) and {@link ImportProgress} its checkpoints; {@link ImportOutage}
 * decides how long a job waits for an unreachable payment or notification service. It
 * uses {@code job}, takes its instance id from {@code common.lease.InstanceId}, and hands
 * each claimed job to {@code processing}'s worker.
 */
package com.orderplatform.order.bulkimport.job.run;

/**
 * Running the queue: {@link ImportRunner} claims queued and due jobs with a lease, at
 * most {@code oms.import.max-concurrent-jobs} running in the whole cluster
 * ({@link ImportConcurrency}, counted in the database), runs them on lowered-priority
 * threads ({@code common.concurrent.BackgroundPriority}), renews their leases with a
 * heartbeat ({@link ImportHeartbeat}) and gives their claims back on a graceful stop;
 * {@link ImportRuns} records a run's moves (start processing, park, end) and
 * {@link ImportProgress} its checkpoints; {@link ImportOutage} decides how long a job
 * waits for an unreachable payment or notification service. It uses {@code job}, takes
 * its instance id from {@code common.lease.InstanceId}, and hands each claimed job to
 * {@code processing}'s worker.
 */
package com.orderplatform.order.bulkimport.job.run;

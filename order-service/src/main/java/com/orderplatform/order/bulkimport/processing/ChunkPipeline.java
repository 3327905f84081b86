package com.orderplatform.order.bulkimport.processing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.bulkimport.job.run.ImportProgress;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One processing run's chunks, overlapped: while the worker saves and charges chunk N+1
 * (its own database, then the payment service), a lane thread queues chunk N's
 * confirmations (the notification service). Payments stay strictly one chunk after
 * another in the worker, as without the pipeline; at most one chunk's confirmations are
 * in flight, and the run waits for them before it sends the next chunk's, before it ends
 * and before it gives the job up (a wait, a cancel, an error), so a stopped run strands
 * no charged order unconfirmed. A checkpoint may pass a chunk whose confirmations are in
 * flight: a run that dies then leaves them to the job's end, which counts the queued
 * confirmations and sends any missing one again ({@link ImportCompletion}). The lane
 * touches nothing of the run: what the notification service answered is handed back and
 * recorded by the worker.
 */
final class ChunkPipeline implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChunkPipeline.class);

	private final ExecutorService lane;

	private final ImportChunks chunks;

	private final ImportJob job;

	private final ImportOutage outage;

	private final ImportProgress progress;

	/** Whether a run before this one may have saved some of the batch's orders. */
	private final boolean earlierRuns;

	private Future<NotificationServiceException> confirming;

	ChunkPipeline(ExecutorService lane, ImportChunks chunks, ImportJob job, ImportOutage outage,
			ImportProgress progress) {
		this.lane = lane;
		this.chunks = chunks;
		this.job = job;
		this.outage = outage;
		this.progress = progress;
		this.earlierRuns = chunks.anySaved(job);
	}

	/**
	 * Saves and charges a chunk, then hands its confirmations to the lane once the
	 * previous chunk's are queued, and moves the checkpoint past it.
	 * @param chunk the orders, in group-key order; not kept
	 * @throws ImportWaitException when the job waits for the payment service
	 * @throws ImportStoppedException when cancelling was asked for or the job was lost
	 * @throws InterruptedException when the service shuts down
	 */
	void add(List<ImportedOrder> chunk) throws InterruptedException {
		if (chunk.isEmpty()) {
			return;
		}
		List<Order> charged = this.chunks.writeAndCharge(this.job, chunk, this.earlierRuns, this.outage);
		awaitConfirmations();
		if (this.chunks.confirms(this.job, this.outage)) {
			this.confirming = this.lane.submit(() -> this.chunks.confirm(this.job, charged));
		}
		this.progress.chunkDone(chunk.stream().mapToInt(order -> order.items().size()).sum(),
				chunk.get(chunk.size() - 1).groupKey());
	}

	/**
	 * Waits for the last chunk's confirmations.
	 * @throws InterruptedException when the service shuts down
	 */
	void finish() throws InterruptedException {
		awaitConfirmations();
	}

	private void awaitConfirmations() throws InterruptedException {
		Future<NotificationServiceException> sent = this.confirming;
		if (sent == null) {
			return;
		}
		this.confirming = null;
		try {
			this.chunks.confirmed(this.job, sent.get(), this.outage);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(
					"Queueing the confirmations of import " + this.job.id() + " failed", ex.getCause());
		}
	}

	/**
	 * Lets confirmations still in flight finish before the run ends; on shutdown they are
	 * interrupted instead (the job's end sends them again).
	 */
	@Override
	public void close() {
		Future<NotificationServiceException> sent = this.confirming;
		if (sent == null) {
			return;
		}
		this.confirming = null;
		try {
			sent.get();
		}
		catch (InterruptedException ex) {
			sent.cancel(true);
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			log.warn("Import {}: queueing a chunk's confirmations failed as the run stopped: {}", this.job.id(),
					String.valueOf(ex.getCause()));
		}
	}

}

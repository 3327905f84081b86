package com.orderplatform.order.bulkimport.processing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.bulkimport.job.run.ImportProgress;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One processing run's chunks, overlapped across the three databases: while the worker
 * saves chunk N+1, a lane thread sends chunk N's batch payment and another queues chunk
 * N-1's confirmations. Payments stay one chunk after another: chunk N+1's is sent once
 * chunk N's is answered, and not when that answer makes the job wait. Only the worker
 * writes the order database: it records each answer, hands the confirmations on and moves
 * the checkpoint. A run that stops (a wait, a cancel, an error) first lets the payment
 * and confirmations in flight finish, recording a payment answered meanwhile. A run that
 * dies leaves at most two chunks after the checkpoint in payment_processing (charged or
 * not), which the next run sends again under the same batch id (answered already paid,
 * never charged twice); a checkpoint may pass a chunk whose confirmations were in flight,
 * which the job's end sends again ({@link ImportCompletion}).
 */
final class ChunkPipeline implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChunkPipeline.class);

	private final ExecutorService lane;

	private final ImportChunks chunks;

	private final ImportCharger charger;

	private final ImportJob job;

	private final ImportOutage outage;

	private final ImportProgress progress;

	/** Whether a run before this one may have saved some of the batch's orders. */
	private final boolean earlierRuns;

	private Paying paying;

	private Future<NotificationServiceException> confirming;

	ChunkPipeline(ExecutorService lane, ImportChunks chunks, ImportCharger charger, ImportJob job, ImportOutage outage,
			ImportProgress progress) {
		this.lane = lane;
		this.chunks = chunks;
		this.charger = charger;
		this.job = job;
		this.outage = outage;
		this.progress = progress;
		this.earlierRuns = chunks.anySaved(job);
	}

	/**
	 * Saves a chunk, then, once the previous chunk's payment is answered, sends this
	 * chunk's and settles the previous one (its orders, its confirmations, the
	 * checkpoint).
	 * @param chunk the orders, in group-key order; not kept
	 * @throws ImportWaitException when the job waits for the payment service
	 * @throws ImportStoppedException when cancelling was asked for or the job was lost
	 * @throws InterruptedException when the service shuts down
	 */
	void add(List<ImportedOrder> chunk) throws InterruptedException {
		if (chunk.isEmpty()) {
			return;
		}
		ChunkCharge charge = this.chunks.write(this.job, chunk, this.earlierRuns);
		Answered previous = awaitPayment();
		CrashPoint.reached(ImportChunks.ORDERS_WRITTEN);
		this.paying = new Paying(charge, this.lane.submit(() -> this.charger.send(this.job, charge)),
				chunk.stream().mapToInt(order -> order.items().size()).sum(), chunk.get(chunk.size() - 1).groupKey());
		if (previous != null) {
			settle(previous);
		}
	}

	/**
	 * Settles the last chunk and waits for its confirmations.
	 * @throws ImportWaitException when the job waits for the payment service
	 * @throws ImportStoppedException when cancelling was asked for or the job was lost
	 * @throws InterruptedException when the service shuts down
	 */
	void finish() throws InterruptedException {
		Answered last = awaitPayment();
		if (last != null) {
			settle(last);
		}
		awaitConfirmations();
	}

	/**
	 * The payment in flight, answered and judged; {@code null} when none was in flight.
	 */
	private Answered awaitPayment() throws InterruptedException {
		Paying sent = this.paying;
		if (sent == null) {
			return null;
		}
		this.paying = null;
		Answered answered = new Answered(sent, result(sent.answer()));
		this.charger.judge(answered.answer(), this.outage);
		return answered;
	}

	/**
	 * Records a chunk's payment on its orders, hands its confirmations to the lane once
	 * the previous chunk's are queued, and moves the checkpoint past it.
	 */
	private void settle(Answered chunk) throws InterruptedException {
		List<Order> charged = this.charger.settle(chunk.sent().charge(), chunk.answer());
		awaitConfirmations();
		if (this.chunks.confirms(this.job, this.outage)) {
			this.confirming = this.lane.submit(() -> this.chunks.confirm(this.job, charged));
		}
		this.progress.chunkDone(chunk.sent().rows(), chunk.sent().checkpointKey());
	}

	private void awaitConfirmations() throws InterruptedException {
		Future<NotificationServiceException> sent = this.confirming;
		if (sent == null) {
			return;
		}
		this.confirming = null;
		this.chunks.confirmed(this.job, result(sent), this.outage);
	}

	private <T> T result(Future<T> future) throws InterruptedException {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("A chunk's lane of import " + this.job.id() + " failed", ex.getCause());
		}
	}

	/**
	 * Lets the payment and the confirmations still in flight finish before the run ends,
	 * and records a payment answered meanwhile on its orders (one not answered leaves
	 * them payment_processing, for the next run or the cancellation); on shutdown they
	 * are interrupted instead (the next run charges and confirms again).
	 */
	@Override
	public void close() {
		Paying sent = this.paying;
		Future<NotificationServiceException> confirmations = this.confirming;
		this.paying = null;
		this.confirming = null;
		PaymentAnswer answer = (sent != null) ? landed(sent.answer()) : null;
		if (answer != null && answer.failure() == null) {
			try {
				this.charger.settle(sent.charge(), answer);
			}
			catch (RuntimeException ex) {
				log.warn("Import {}: recording a payment answered as the run stopped failed: {}", this.job.id(),
						ex.toString());
			}
		}
		if (confirmations != null) {
			landed(confirmations);
		}
	}

	/** What work in flight came to; {@code null} when it failed or was interrupted. */
	private <T> T landed(Future<T> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			log.warn("Import {}: a chunk in flight as the run stopped is left to the next run: {}", this.job.id(),
					String.valueOf(ex.getCause()));
		}
		return null;
	}

	/** A chunk whose batch payment is in flight. */
	private record Paying(ChunkCharge charge, Future<PaymentAnswer> answer, int rows, String checkpointKey) {
	}

	/** A chunk whose batch payment was answered (or found no payment service). */
	private record Answered(Paying sent, PaymentAnswer answer) {
	}

}

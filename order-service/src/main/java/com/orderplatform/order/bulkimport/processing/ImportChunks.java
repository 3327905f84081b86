package com.orderplatform.order.bulkimport.processing;

import java.util.List;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What happens to one chunk of an import's orders: saved in one transaction
 * ({@link ImportOrderWriter}), charged with one batch payment ({@link ImportCharger}),
 * confirmed with one bulk notification ({@link ImportConfirmations}); the payment sent
 * while the next chunk is saved, the confirmations while the next chunk is saved and
 * charged ({@link ChunkPipeline}). Every step is idempotent, so a chunk repeated after a
 * crash or a wait duplicates nothing. A chunk's confirmations that the notification
 * service does not take are not waited for here: the job's end sends every missing one
 * ({@link ImportCompletion}), so payments go on while only email is down.
 */
@Component
class ImportChunks {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): a chunk's orders are saved,
	 * not yet charged, and the chunk before it answered by the payment service
	 * ({@link ChunkPipeline}).
	 */
	static final String ORDERS_WRITTEN = "orders-written";

	private static final Logger log = LoggerFactory.getLogger(ImportChunks.class);

	private final ImportOrderWriter writer;

	private final ImportCharger charger;

	private final ImportConfirmations confirmations;

	private final OrderRepository orders;

	ImportChunks(ImportOrderWriter writer, ImportCharger charger, ImportConfirmations confirmations,
			OrderRepository orders) {
		this.writer = writer;
		this.charger = charger;
		this.confirmations = confirmations;
		this.orders = orders;
	}

	/**
	 * Saves a chunk of orders read from the staging and decides which of them its batch
	 * payment charges ({@link ImportCharger#prepare}); {@link ChunkPipeline} sends the
	 * payment while it saves the next chunk.
	 * @param earlierRuns whether an earlier run may have saved some of the batch's orders
	 * ({@link #anySaved} as the run started)
	 * @return the chunk's orders, ready for their payment
	 */
	ChunkCharge write(ImportJob job, List<ImportedOrder> chunk, boolean earlierRuns) {
		ImportOrderWriter.SavedChunk saved = this.writer.write(job, chunk, earlierRuns);
		return this.charger.prepare(saved.fresh(), saved.earlier(), false);
	}

	/**
	 * Whether any order of the job's batch is saved, asked as a run starts: a run that
	 * finds none writes each chunk first.
	 */
	boolean anySaved(ImportJob job) {
		return this.writer.anySaved(job);
	}

	/**
	 * Charges a chunk of an ended job's orders again (those pending, declined ones
	 * included) and confirms the ones now paid.
	 * @throws ImportWaitException when the job waits for the payment service
	 */
	void rechargeChunk(ImportJob job, List<Long> orderIds, ImportOutage outage) {
		this.charger.charge(job, List.of(), orderIds, true, outage);
		if (confirms(job, outage)) {
			confirmed(job, confirm(job, this.orders.findAllById(orderIds)), outage);
		}
	}

	/**
	 * Whether a chunk's paid orders are to be confirmed now: {@code notify=per_order},
	 * unless the notification service was found unreachable earlier in the run.
	 */
	boolean confirms(ImportJob job, ImportOutage outage) {
		return job.notifyMode().confirmsEachOrder() && !outage.confirmationsDeferred();
	}

	/**
	 * Queues the confirmations of a chunk's paid orders. Touches no state of the run, so
	 * it may run beside the next chunk.
	 * @param orders the chunk's orders as the charge left them
	 * @return why the notification service did not take them, {@code null} when it did
	 */
	NotificationServiceException confirm(ImportJob job, List<Order> orders) {
		try {
			this.confirmations.confirmOrders(job, orders);
			return null;
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: {} orders' confirmations not queued, sent again when the job ends: {}", job.id(),
					orders.size(), ex.getMessage());
			return ex;
		}
	}

	/**
	 * Records what a chunk's confirmations met: an unreachable notification service
	 * defers the rest of the run's confirmations to the job's end.
	 * @param failure what {@link #confirm} returned
	 */
	void confirmed(ImportJob job, NotificationServiceException failure, ImportOutage outage) {
		if (failure != null && failure.isTransientFailure()) {
			outage.deferConfirmations();
		}
	}

}

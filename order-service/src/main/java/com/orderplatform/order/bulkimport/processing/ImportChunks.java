package com.orderplatform.order.bulkimport.processing;

import java.util.List;

import com.orderplatform.common.faults.CrashPoint;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.notification.NotificationServiceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * What happens to one chunk of an import's orders: saved in one transaction
 * ({@link ImportOrderWriter}), charged with one batch payment ({@link ImportCharger}),
 * confirmed with one bulk notification ({@link ImportConfirmations}). Every step is
 * idempotent, so a chunk repeated after a crash or a wait duplicates nothing. A chunk's
 * confirmations that the notification service does not take are not waited for here: the
 * job's end sends every missing one ({@link ImportCompletion}), so payments go on while
 * only email is down.
 */
@Component
class ImportChunks {

	/**
	 * A crash point of the fault suite ({@link CrashPoint}): a chunk's orders are saved,
	 * not yet charged.
	 */
	static final String ORDERS_WRITTEN = "orders-written";

	private static final Logger log = LoggerFactory.getLogger(ImportChunks.class);

	private final ImportOrderWriter writer;

	private final ImportCharger charger;

	private final ImportConfirmations confirmations;

	ImportChunks(ImportOrderWriter writer, ImportCharger charger, ImportConfirmations confirmations) {
		this.writer = writer;
		this.charger = charger;
		this.confirmations = confirmations;
	}

	/**
	 * Saves, charges and confirms a chunk of orders read from the staging.
	 * @throws ImportWaitException when the job waits for the payment service
	 */
	void importChunk(ImportJob job, List<ImportedOrder> chunk, ImportOutage outage) {
		List<Long> ids = this.writer.write(job, chunk);
		CrashPoint.reached(ORDERS_WRITTEN);
		this.charger.charge(job, ids, false, outage);
		confirm(job, ids, outage);
	}

	/**
	 * Charges a chunk of an ended job's orders again (those pending, declined ones
	 * included) and confirms the ones now paid.
	 * @throws ImportWaitException when the job waits for the payment service
	 */
	void rechargeChunk(ImportJob job, List<Long> orderIds, ImportOutage outage) {
		this.charger.charge(job, orderIds, true, outage);
		confirm(job, orderIds, outage);
	}

	private void confirm(ImportJob job, List<Long> orderIds, ImportOutage outage) {
		if (!job.notifyMode().confirmsEachOrder() || outage.confirmationsDeferred()) {
			return;
		}
		try {
			this.confirmations.confirm(job, orderIds);
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: {} orders' confirmations not queued, sent again when the job ends: {}", job.id(),
					orderIds.size(), ex.getMessage());
			if (ex.isTransientFailure()) {
				outage.deferConfirmations();
			}
		}
	}

}

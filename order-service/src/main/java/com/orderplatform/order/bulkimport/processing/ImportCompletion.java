package com.orderplatform.order.bulkimport.processing;

import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.bulkimport.job.WaitFor;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.notification.NotificationServiceException;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The end of a processing run: makes sure every paid order's confirmation is queued
 * (waiting for the notification service while it cannot be reached and the patience
 * lasts), sends the uploader's summary, and decides the job's result from what the
 * databases hold: {@code completed}, or {@code completed_with_errors} with the failed
 * rows, {@code PAYMENTS_INCOMPLETE} or {@code CONFIRMATIONS_INCOMPLETE}.
 */
@Component
class ImportCompletion {

	private static final Logger log = LoggerFactory.getLogger(ImportCompletion.class);

	private final ImportStagingRepository staging;

	private final OrderRepository orders;

	private final ImportConfirmations confirmations;

	private final ImportSummary summary;

	private final ImportJobRepository jobs;

	private final ImportProperties properties;

	ImportCompletion(ImportStagingRepository staging, OrderRepository orders, ImportConfirmations confirmations,
			ImportSummary summary, ImportJobRepository jobs, ImportProperties properties) {
		this.staging = staging;
		this.orders = orders;
		this.confirmations = confirmations;
		this.summary = summary;
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * Ends a processed job.
	 * @return how it ends
	 * @throws ImportWaitException when it waits for the notification service
	 */
	ImportJobRepository.Outcome finish(ImportJob job, ImportOutage outage) {
		long unconfirmed = unconfirmed(job, outage);
		int total = (job.totalRows() != null) ? job.totalRows() : 0;
		int imported = this.staging.importedRows(job.id());
		int failed = this.staging.failedRows(job.id());
		long unpaid = count(job, OrderState.PENDING) + count(job, OrderState.PAYMENT_PROCESSING);
		ImportJob current = this.jobs.find(job.id()).orElse(job);
		this.summary.send(current, new ImportSummary.Counts(total, imported, failed,
				current.orderCount() - current.failedOrderCount(), this.staging.importedTotal(job.id())));
		ImportJobState status = (failed == 0 && unpaid == 0 && unconfirmed == 0) ? ImportJobState.COMPLETED
				: ImportJobState.COMPLETED_WITH_ERRORS;
		String code = (unpaid > 0) ? "PAYMENTS_INCOMPLETE" : (unconfirmed > 0) ? "CONFIRMATIONS_INCOMPLETE" : null;
		String error = joined(unpaidError(unpaid), unconfirmedError(unconfirmed));
		return new ImportJobRepository.Outcome(status, imported + failed, imported, failed, current.orderCount(),
				current.failedOrderCount(), code, error);
	}

	/**
	 * Makes sure every paid order's confirmation is queued ({@code notify=per_order}): a
	 * chunk's bulk request that failed while the notification service was unreachable is
	 * not lost. When the service holds fewer of the job's notifications than it has paid
	 * orders, every paid order's confirmation is sent again, a chunk at a time, with the
	 * same keys (the ones already queued are answered, not queued twice).
	 * @return how many paid orders may still lack their confirmation (0 when all are
	 * queued)
	 * @throws ImportWaitException when the service cannot be reached and the job waits
	 */
	private long unconfirmed(ImportJob job, ImportOutage outage) {
		if (!job.notifyMode().confirmsEachOrder()) {
			return 0;
		}
		long paid = count(job, OrderState.PAID);
		try {
			if (this.confirmations.queued(job) < paid) {
				this.staging.forEachOrderChunk(job.id(), this.properties.chunkSize(),
						ids -> this.confirmations.confirm(job, ids));
			}
			long queued = this.confirmations.queued(job);
			outage.answered(WaitFor.NOTIFICATIONS);
			return Math.max(paid - queued, 0);
		}
		catch (NotificationServiceException ex) {
			log.warn("Import {}: confirmations not checked or not queued: {}", job.id(), ex.getMessage());
			if (ex.isTransientFailure()) {
				outage.unreachable(WaitFor.NOTIFICATIONS, ex.getMessage());
			}
			return paid;
		}
	}

	private long count(ImportJob job, OrderState state) {
		return this.orders.count(new OrderFilter(state, null, job.id(), null, null));
	}

	static String unconfirmedError(long unconfirmed) {
		return (unconfirmed > 0) ? unconfirmed + " paid orders have no confirmation queued (the notification"
				+ " service was unreachable); POST /api/v1/imports/{id}/retry queues them" : null;
	}

	static String unpaidError(long unpaid) {
		return (unpaid > 0) ? unpaid + " imported orders are not paid (pending with the reason);"
				+ " POST /api/v1/imports/{id}/retry charges them again" : null;
	}

	private static String joined(String first, String second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return first + "; " + second;
	}

}

package com.orderplatform.order.bulkimport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.api.ImportJobStatus;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;

import org.springframework.stereotype.Component;

/**
 * The processing phase of a real import: the valid orders, read back from the staging by
 * group key, a chunk of orders at a time: saved in one transaction
 * ({@link ImportOrderWriter}), then charged with one batch payment and confirmed with one
 * bulk notification ({@link ImportCharger}), then a checkpoint. Every step is idempotent,
 * so a run resumed after a crash repeats the unfinished chunk without duplicates.
 */
@Component
class ImportProcessing {

	private final ImportStagingRepository staging;

	private final ImportOrderWriter writer;

	private final ImportCharger charger;

	private final ImportSummary summary;

	private final ImportJobRepository jobs;

	private final ImportProperties properties;

	private final OrderRepository orders;

	private final Clock clock;

	ImportProcessing(ImportStagingRepository staging, ImportOrderWriter writer, ImportCharger charger,
			ImportSummary summary, ImportJobRepository jobs, ImportProperties properties, OrderRepository orders,
			Clock clock) {
		this.staging = staging;
		this.writer = writer;
		this.charger = charger;
		this.summary = summary;
		this.jobs = jobs;
		this.properties = properties;
		this.orders = orders;
		this.clock = clock;
	}

	ImportJobRepository.Outcome process(ImportJob job, String instanceId) throws InterruptedException {
		ImportProgress progress = new ImportProgress(this.jobs, this.clock, this.properties.lease(), job.id(),
				instanceId);
		progress.enter("importing");
		List<ImportedOrder> chunk = new ArrayList<>();
		new StagedOrders(this.staging, job.id(), this.properties.chunkSize()).forEach(rows -> {
			if (OrderGrouper.group(rows) instanceof ImportedOrder order) {
				chunk.add(order);
				if (chunk.size() == this.properties.chunkSize()) {
					importChunk(job, chunk, progress);
				}
			}
		}, () -> {
		});
		importChunk(job, chunk, progress);
		return finish(job);
	}

	private void importChunk(ImportJob job, List<ImportedOrder> chunk, ImportProgress progress)
			throws InterruptedException {
		if (chunk.isEmpty()) {
			return;
		}
		List<Long> ids = this.writer.write(job, chunk);
		CrashPoint.reached(CrashPoint.ORDERS_WRITTEN);
		this.charger.charge(job, ids);
		progress.add(chunk.stream().mapToInt(order -> order.items().size()).sum());
		chunk.clear();
		progress.checkpoint(true);
	}

	/** How many of the job's orders are pending (not paid). */
	long unpaid(String jobId) {
		return this.orders.count(new OrderFilter(OrderState.PENDING, null, jobId, null, null));
	}

	private ImportJobRepository.Outcome finish(ImportJob job) {
		int total = (job.totalRows() != null) ? job.totalRows() : 0;
		int imported = this.staging.importedRows(job.id());
		int failed = this.staging.failedRows(job.id());
		long unpaid = unpaid(job.id());
		long unconfirmed = unconfirmed(job);
		ImportJob current = this.jobs.find(job.id()).orElse(job);
		this.summary.send(current, new ImportSummary.Counts(total, imported, failed,
				current.orderCount() - current.failedOrderCount(), this.staging.importedTotal(job.id())));
		ImportJobStatus status = (failed == 0 && unpaid == 0 && unconfirmed == 0) ? ImportJobStatus.COMPLETED
				: ImportJobStatus.COMPLETED_WITH_ERRORS;
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
	 */
	private long unconfirmed(ImportJob job) {
		if (!"per_order".equals(job.notifyMode())) {
			return 0;
		}
		long paid = this.orders.count(new OrderFilter(OrderState.PAID, null, job.id(), null, null));
		if (this.charger.confirmationsQueued(job) >= paid) {
			return 0;
		}
		this.staging.forEachOrderChunk(job.id(), this.properties.chunkSize(), ids -> this.charger.confirm(job, ids));
		long queued = this.charger.confirmationsQueued(job);
		return (queued < 0) ? paid : Math.max(paid - queued, 0);
	}

	static String unconfirmedError(long unconfirmed) {
		return (unconfirmed > 0) ? unconfirmed + " paid orders have no confirmation queued (the notification"
				+ " service was unreachable); POST /api/v1/imports/{id}/retry queues them" : null;
	}

	private static String joined(String first, String second) {
		if (first == null || second == null) {
			return (first != null) ? first : second;
		}
		return first + "; " + second;
	}

	static String unpaidError(long unpaid) {
		return (unpaid > 0) ? unpaid + " imported orders are not paid (pending with the reason);"
				+ " POST /api/v1/imports/{id}/retry charges them again" : null;
	}

}

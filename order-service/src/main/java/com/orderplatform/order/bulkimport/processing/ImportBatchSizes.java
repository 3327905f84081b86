package com.orderplatform.order.bulkimport.processing;

import java.util.OptionalLong;

import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportJobState;
import com.orderplatform.order.order.OrderRepository;

import org.springframework.stereotype.Component;

/**
 * The size of an import's batch as its job stores it, so the batch's order list need not
 * count a million orders for its total. Only a real import that ran to its end
 * ({@code completed} or {@code completed_with_errors}) answers: validation counted its
 * orders ({@code order_count}) and the rejected ones among them
 * ({@code failed_order_count}); processing groups the same staged rows the same way and
 * saves every other order exactly once (a repeated chunk looks its orders up by
 * {@code (batch_id, import_row_number)}), so the difference is the number of orders with
 * the batch id. Every other job is counted instead: a queued, validating or processing
 * one is still growing; a cancelled or failed one stopped part way (its stored figures
 * are what validation expected, not what was saved); a dry run or an all-or-nothing
 * refusal saved none.
 */
@Component
class ImportBatchSizes implements OrderRepository.BatchSizes {

	private final ImportJobRepository jobs;

	ImportBatchSizes(ImportJobRepository jobs) {
		this.jobs = jobs;
	}

	@Override
	public OptionalLong orderCount(String batchId) {
		return this.jobs.find(batchId)
			.filter(ImportBatchSizes::ranToItsEnd)
			.map(job -> OptionalLong.of(job.orderCount() - job.failedOrderCount()))
			.orElse(OptionalLong.empty());
	}

	private static boolean ranToItsEnd(ImportJob job) {
		return !job.dryRun()
				&& (job.state() == ImportJobState.COMPLETED || job.state() == ImportJobState.COMPLETED_WITH_ERRORS);
	}

}

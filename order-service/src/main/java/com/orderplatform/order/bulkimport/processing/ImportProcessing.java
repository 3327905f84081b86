package com.orderplatform.order.bulkimport.processing;

import java.util.ArrayList;
import java.util.List;

import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.file.validation.ImportedOrder;
import com.orderplatform.order.bulkimport.file.validation.OrderGrouper;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.ImportJobRepository;
import com.orderplatform.order.bulkimport.job.ImportRunMode;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.bulkimport.job.run.ImportProgress;
import com.orderplatform.order.bulkimport.job.run.ImportRuns;
import com.orderplatform.order.bulkimport.staging.ImportStagingRepository;
import com.orderplatform.order.bulkimport.staging.StagedOrders;

import org.springframework.stereotype.Component;

/**
 * The processing phase of a real import: the valid orders, read back from the staging by
 * group key after the job's checkpoint, a chunk of orders at a time, each saved while the
 * one before is charged and the one before that confirmed ({@link ChunkPipeline}), each
 * chunk moving the checkpoint once its payment is recorded; or, for a retry of an ended
 * import, its orders by id, each chunk's pending ones charged again. Then the job's end
 * ({@link ImportCompletion}). A run resumed after a crash, a wait or a retry goes on
 * after the checkpoint and repeats at most the two unfinished chunks, without duplicates.
 */
@Component
class ImportProcessing {

	private final ImportStagingRepository staging;

	private final ImportChunks chunks;

	private final ChunkLane lane;

	private final ImportCompletion completion;

	private final ImportRuns runs;

	private final ImportProperties properties;

	ImportProcessing(ImportStagingRepository staging, ImportChunks chunks, ChunkLane lane, ImportCompletion completion,
			ImportRuns runs, ImportProperties properties) {
		this.staging = staging;
		this.chunks = chunks;
		this.lane = lane;
		this.completion = completion;
		this.runs = runs;
		this.properties = properties;
	}

	/**
	 * Processes a job this runner holds, from its checkpoint, and ends it.
	 * @return how the job ends
	 * @throws ImportWaitException when it waits for the payment or notification service
	 * @throws ImportStoppedException when cancelling was asked for or the job was lost
	 * @throws InterruptedException when the service shuts down
	 */
	ImportJobRepository.Outcome process(ImportJob job, String instanceId) throws InterruptedException {
		ImportProgress progress = this.runs.progress(job, instanceId);
		ImportOutage outage = this.runs.outage(job, instanceId);
		if (job.runMode() == ImportRunMode.RECHARGE) {
			progress.enter("retrying");
			recharge(job, progress, outage);
		}
		else {
			progress.enter("importing");
			importOrders(job, progress, outage);
		}
		return this.completion.finish(job, outage);
	}

	private void importOrders(ImportJob job, ImportProgress progress, ImportOutage outage) throws InterruptedException {
		int size = this.properties.chunkSize();
		List<ImportedOrder> chunk = new ArrayList<>();
		try (ChunkPipeline pipeline = this.lane.pipeline(job, outage, progress)) {
			new StagedOrders(this.staging, job.id(), size, progress.checkpointKey()).forEach(rows -> {
				if (OrderGrouper.group(rows) instanceof ImportedOrder order) {
					chunk.add(order);
					if (chunk.size() == size) {
						pipeline.add(chunk);
						chunk.clear();
					}
				}
			}, () -> {
			});
			pipeline.add(chunk);
			pipeline.finish();
		}
	}

	/** The job's orders by id after the checkpoint (an order id), a chunk at a time. */
	private void recharge(ImportJob job, ImportProgress progress, ImportOutage outage) throws InterruptedException {
		long after = (progress.checkpointKey() != null) ? Long.parseLong(progress.checkpointKey()) : 0;
		List<Long> ids = this.staging.orderIdsAfter(job.id(), after, this.properties.chunkSize());
		while (!ids.isEmpty()) {
			this.chunks.rechargeChunk(job, ids, outage);
			long last = ids.get(ids.size() - 1);
			progress.chunkDone(0, Long.toString(last));
			ids = this.staging.orderIdsAfter(job.id(), last, this.properties.chunkSize());
		}
	}

}

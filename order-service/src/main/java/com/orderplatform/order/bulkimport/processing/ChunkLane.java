package com.orderplatform.order.bulkimport.processing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.orderplatform.common.concurrent.BackgroundPriority;
import com.orderplatform.order.bulkimport.ImportProperties;
import com.orderplatform.order.bulkimport.job.ImportJob;
import com.orderplatform.order.bulkimport.job.run.ImportOutage;
import com.orderplatform.order.bulkimport.job.run.ImportProgress;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads that send an import chunk's batch payment while its worker saves the next
 * chunk, and queue a chunk's confirmations: one {@link ChunkPipeline} per processing run
 * (at most two threads busy for it), at the workers' lowered priority
 * ({@code oms.import.worker-nice}). Threads are made as runs need them and kept a minute,
 * so a busy service renices a thread once, not once per job.
 */
@Component
class ChunkLane implements DisposableBean {

	private final ExecutorService threads;

	private final ImportChunks chunks;

	private final ImportCharger charger;

	ChunkLane(ImportChunks chunks, ImportCharger charger, ImportProperties properties) {
		this.chunks = chunks;
		this.charger = charger;
		this.threads = Executors.newCachedThreadPool(BackgroundPriority
			.lowered(Thread.ofPlatform().name("import-lane-", 1).daemon().factory(), properties.workerNice()));
	}

	/**
	 * A pipeline for one processing run of a job.
	 * @param job the job
	 * @param outage the run's view of an outage
	 * @param progress the run's progress, moved on as chunks are settled
	 * @return the pipeline; close it when the run ends
	 */
	ChunkPipeline pipeline(ImportJob job, ImportOutage outage, ImportProgress progress) {
		return new ChunkPipeline(this.threads, this.chunks, this.charger, job, outage, progress);
	}

	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

}

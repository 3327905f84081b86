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
 * The threads that queue an import chunk's confirmations while its worker saves and
 * charges the next chunk: one {@link ChunkPipeline} per processing run, at the workers'
 * lowered priority ({@code oms.import.worker-nice}). Threads are made as runs need them
 * and kept a minute, so a busy service renices a thread once, not once per job.
 */
@Component
class ChunkLane implements DisposableBean {

	private final ExecutorService threads;

	private final ImportChunks chunks;

	ChunkLane(ImportChunks chunks, ImportProperties properties) {
		this.chunks = chunks;
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
		return new ChunkPipeline(this.threads, this.chunks, job, outage, progress);
	}

	@Override
	public void destroy() {
		this.threads.shutdownNow();
	}

}

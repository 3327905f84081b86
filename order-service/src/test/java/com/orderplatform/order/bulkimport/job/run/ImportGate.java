package com.orderplatform.order.bulkimport.job.run;

import java.util.concurrent.CountDownLatch;

/**
 * Holds every job whose file name starts with {@code blocked-} before it reads its file,
 * until {@link #open()}: a job stays running for exactly as long as a test needs, without
 * sleeping.
 */
public class ImportGate implements ImportJobObserver {

	public static final String BLOCKED = "blocked-";

	private volatile CountDownLatch latch = new CountDownLatch(1);

	private volatile Integer workerNice;

	@Override
	public void starting(String jobId, String filename) throws InterruptedException {
		try {
			this.workerNice = BackgroundPriority.niceOfCurrentThread();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		if (filename.startsWith(BLOCKED)) {
			this.latch.await();
		}
	}

	/** The nice value of the thread that ran the last job, {@code null} before any. */
	public Integer workerNice() {
		return this.workerNice;
	}

	/** Lets the held jobs go on, and every later one. */
	public void open() {
		this.latch.countDown();
	}

	/** Holds the next blocked jobs. */
	public void close() {
		this.latch = new CountDownLatch(1);
	}

}

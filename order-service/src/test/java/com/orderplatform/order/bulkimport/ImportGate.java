package com.orderplatform.order.bulkimport;

import java.util.concurrent.CountDownLatch;

/**
 * Holds every job whose file name starts with {@code blocked-} before it reads its file,
 * until {@link #open()}: a job stays running for exactly as long as a test needs, without
 * sleeping.
 */
class ImportGate implements ImportJobObserver {

	static final String BLOCKED = "blocked-";

	private volatile CountDownLatch latch = new CountDownLatch(1);

	@Override
	public void starting(String jobId, String filename) throws InterruptedException {
		if (filename.startsWith(BLOCKED)) {
			this.latch.await();
		}
	}

	/** Lets the held jobs go on, and every later one. */
	void open() {
		this.latch.countDown();
	}

	/** Holds the next blocked jobs. */
	void close() {
		this.latch = new CountDownLatch(1);
	}

}

package com.orderplatform.order.bulkimport.job.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import com.orderplatform.common.concurrent.BackgroundPriority;

/**
 * Holds every job whose file name starts with {@code blocked-} before it reads its file,
 * until {@link #open()}: a job stays running for exactly as long as a test needs, without
 * sleeping. It records which jobs a runner started and which it holds, so a test knows
 * (rather than hopes) that the held jobs cannot have finished.
 */
public class ImportGate implements ImportJobObserver {

	public static final String BLOCKED = "blocked-";

	private final List<String> started = new CopyOnWriteArrayList<>();

	private final List<String> held = new CopyOnWriteArrayList<>();

	private volatile CountDownLatch latch = new CountDownLatch(1);

	private volatile Integer workerNice;

	@Override
	public void starting(String jobId, String filename) throws InterruptedException {
		try {
			this.workerNice = BackgroundPriority.niceOfCurrentThread();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.started.add(jobId);
		if (filename.startsWith(BLOCKED)) {
			CountDownLatch current = this.latch;
			this.held.add(jobId);
			try {
				current.await();
			}
			finally {
				this.held.remove(jobId);
			}
		}
	}

	/** The nice value of the thread that ran the last job, {@code null} before any. */
	public Integer workerNice() {
		return this.workerNice;
	}

	/** The jobs a runner has started since the context started, in order. */
	public List<String> started() {
		return List.copyOf(this.started);
	}

	/** The jobs waiting at the gate now: running, and unable to finish. */
	public List<String> held() {
		return List.copyOf(this.held);
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

package com.orderplatform.common.concurrent;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.MDC;

import org.springframework.util.Assert;

/**
 * A small, fixed set of threads at background priority ({@link BackgroundPriority}) that
 * does the heavy work of bulk requests (a batch of payments, a bulk of notifications), so
 * that the request threads stay free for interactive calls and the bulk work gives way to
 * them on a busy machine. A controller hands its work over with {@link #submit} and
 * returns the future: Spring MVC frees the request thread, answers when the work is done,
 * and maps an exception thrown by the work exactly as if the controller had thrown it.
 * Work waits in order when every thread is busy; the logging context (the request id)
 * travels with it.
 */
public final class BackgroundWorkers implements AutoCloseable {

	private final ExecutorService threads;

	private final int nice;

	private BackgroundWorkers(ExecutorService threads, int nice) {
		this.threads = threads;
		this.nice = nice;
	}

	/**
	 * Starts a set of background workers; its threads are made when work first arrives.
	 * @param name the threads' name prefix, e.g. {@code payment-batch-}
	 * @param threads how many threads work at once (1 to 64)
	 * @param nice their nice value (1 to 19), 0 to leave their priority alone
	 * @return the workers
	 */
	public static BackgroundWorkers start(String name, int threads, int nice) {
		Assert.isTrue(threads >= 1 && threads <= 64, () -> "threads must be 1 to 64 but was " + threads);
		Assert.isTrue(nice >= 0 && nice <= 19, () -> "nice must be 0 to 19 but was " + nice);
		ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(),
				BackgroundPriority.lowered(Thread.ofPlatform().name(name, 1).daemon().factory(), nice));
		return new BackgroundWorkers(executor, nice);
	}

	/**
	 * Runs a piece of work on one of the threads.
	 * @param <T> the result's type
	 * @param work the work
	 * @return its result, or the exception it threw (wrapped in a
	 * {@link java.util.concurrent.CompletionException})
	 */
	public <T> CompletableFuture<T> submit(Supplier<T> work) {
		Map<String, String> context = MDC.getCopyOfContextMap();
		return CompletableFuture.supplyAsync(() -> {
			Map<String, String> previous = MDC.getCopyOfContextMap();
			setContext(context);
			try {
				return work.get();
			}
			finally {
				setContext(previous);
			}
		}, this.threads);
	}

	/**
	 * The nice value the threads run at.
	 * @return 0 (normal priority) to 19
	 */
	public int nice() {
		return this.nice;
	}

	/** Finishes the work handed over and stops the threads. */
	@Override
	public void close() {
		this.threads.close();
	}

	private static void setContext(Map<String, String> context) {
		if (context == null) {
			MDC.clear();
		}
		else {
			MDC.setContextMap(context);
		}
	}

}

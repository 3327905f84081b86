package com.orderplatform.payment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the same call from several threads released at the same instant, to provoke the
 * races a unique constraint or a conditional update must settle.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/**
	 * Runs a call from several threads at once and collects the results.
	 * @param <T> the result type
	 * @param threads how many threads
	 * @param call the call
	 * @return each thread's result
	 * @throws Exception when a call throws or all do not finish within 30 seconds
	 */
	public static <T> List<T> run(int threads, Callable<T> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService executor = Executors.newFixedThreadPool(threads)) {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(result(future));
			}
			return results;
		}
	}

	private static <T> T result(Future<T> future) throws Exception {
		try {
			return future.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw ex;
		}
	}

}

package com.orderplatform.common.concurrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs background threads (import workers, the payment and notification services' batch
 * workers, the notification dispatcher) at a lower operating-system priority (a higher
 * "nice" value) than the threads that answer requests, so that an import uses every core
 * nobody else needs but gives way at once to interactive requests (NFR-006: their latency
 * during an import stays close to idle). Linux only, through {@code /proc/thread-self}
 * and {@code renice}; elsewhere, or when that fails, the threads run at normal priority
 * and a warning says so. Java's own thread priorities are ignored by Linux, hence the
 * detour.
 */
public final class BackgroundPriority {

	private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	private BackgroundPriority() {
	}

	/**
	 * A thread factory whose threads lower their own priority before they run anything.
	 * @param base the factory that makes the threads
	 * @param nice the nice value (1 to 19), 0 to leave the priority alone
	 * @return the factory
	 */
	public static ThreadFactory lowered(ThreadFactory base, int nice) {
		if (nice == 0) {
			return base;
		}
		return (task) -> base.newThread(() -> {
			lowerCurrentThread(nice);
			task.run();
		});
	}

	/**
	 * Sets the calling thread's nice value.
	 * @param nice 1 to 19
	 * @return whether it was set
	 */
	static boolean lowerCurrentThread(int nice) {
		try {
			String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			Process renice = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", threadId)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (renice.waitFor(10, TimeUnit.SECONDS) && renice.exitValue() == 0) {
				return true;
			}
			renice.destroyForcibly();
			log.warn("Background thread {} runs at normal priority: renice failed", Thread.currentThread().getName());
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.warn("Background thread {} runs at normal priority: {}", Thread.currentThread().getName(),
					ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/**
	 * The calling thread's nice value, as the kernel reports it.
	 * @return the nice value
	 * @throws IOException when it cannot be read (not Linux)
	 */
	public static int niceOfCurrentThread() throws IOException {
		String stat = Files.readString(THREAD_SELF.resolve("stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Integer.parseInt(fields[16]);
	}

}

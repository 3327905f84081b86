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
 * during an import stays close to idle). Such a thread also runs under Linux's
 * {@code SCHED_IDLE} policy unless {@code OMS_BACKGROUND_SCHED_IDLE} is {@code false}: it
 * gets a core only when no thread of normal policy wants it, and a request thread that
 * wakes takes the core from it at once, where a niced thread may finish its time slice
 * first (measured in bench/NOTES.md, "What delays reads during an import"). Linux only,
 * through {@code /proc/thread-self}, {@code renice} and {@code chrt}; elsewhere, or when
 * that fails, the threads run at normal priority (or at the nice value without the idle
 * policy) and a warning says so. Java's own thread priorities are ignored by Linux, hence
 * the detour.
 */
public final class BackgroundPriority {

	private static final Logger log = LoggerFactory.getLogger(BackgroundPriority.class);

	private static final Path THREAD_SELF = Path.of("/proc/thread-self");

	/** The kernel's number for the {@code SCHED_IDLE} policy. */
	static final int SCHED_IDLE = 5;

	/**
	 * Whether background threads also run under {@code SCHED_IDLE}
	 * ({@code OMS_BACKGROUND_SCHED_IDLE}: anything but {@code false}, which keeps only
	 * the nice value).
	 */
	static final boolean IDLE_POLICY = !"false".equalsIgnoreCase(System.getenv("OMS_BACKGROUND_SCHED_IDLE"));

	private BackgroundPriority() {
	}

	/**
	 * A thread factory whose threads lower their own priority before they run anything.
	 * @param base the factory that makes the threads
	 * @param nice the nice value (1 to 19), 0 to leave the priority alone
	 * @return the factory
	 */
	public static ThreadFactory lowered(ThreadFactory base, int nice) {
		return lowered(base, nice, IDLE_POLICY);
	}

	/**
	 * A thread factory whose threads lower their own priority before they run anything.
	 * @param base the factory that makes the threads
	 * @param nice the nice value (1 to 19), 0 to leave the priority (and the policy)
	 * alone
	 * @param idlePolicy whether the threads also run under {@code SCHED_IDLE}
	 * @return the factory
	 */
	static ThreadFactory lowered(ThreadFactory base, int nice, boolean idlePolicy) {
		if (nice == 0) {
			return base;
		}
		return (task) -> base.newThread(() -> {
			if (lowerCurrentThread(nice) && idlePolicy) {
				idleCurrentThread();
			}
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
			if (run("renice", "-n", Integer.toString(nice), "-p", threadId)) {
				return true;
			}
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
	 * Puts the calling thread under the {@code SCHED_IDLE} policy (its nice value stays,
	 * and counts again if the policy is ever reset).
	 * @return whether it was set
	 */
	static boolean idleCurrentThread() {
		try {
			String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
			if (run("chrt", "--idle", "--pid", "0", threadId)) {
				return true;
			}
			log.warn("Background thread {} runs without the idle policy: chrt failed",
					Thread.currentThread().getName());
		}
		catch (IOException | UnsupportedOperationException ex) {
			log.warn("Background thread {} runs without the idle policy: {}", Thread.currentThread().getName(),
					ex.toString());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private static boolean run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
			return true;
		}
		process.destroyForcibly();
		return false;
	}

	/**
	 * The calling thread's nice value, as the kernel reports it.
	 * @return the nice value
	 * @throws IOException when it cannot be read (not Linux)
	 */
	public static int niceOfCurrentThread() throws IOException {
		return statField(16);
	}

	/**
	 * The calling thread's scheduling policy, as the kernel reports it (0 normal,
	 * {@link #SCHED_IDLE} idle).
	 * @return the policy's number
	 * @throws IOException when it cannot be read (not Linux)
	 */
	static int policyOfCurrentThread() throws IOException {
		return statField(38);
	}

	/**
	 * A numeric field of {@code /proc/thread-self/stat}, counted from the one after the
	 * name.
	 */
	private static int statField(int index) throws IOException {
		String stat = Files.readString(THREAD_SELF.resolve("stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Integer.parseInt(fields[index]);
	}

}

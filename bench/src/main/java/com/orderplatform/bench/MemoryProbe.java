package com.orderplatform.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order service's memory during a window: the used heap sampled every 100 ms through
 * Actuator ({@code jvm.memory.used}, area heap), the heap before each garbage collection
 * from its GC log (the true peaks, which sampling can miss), and the peak resident set
 * size ({@code VmHWM} of {@code /proc/<pid>/status}, reset at the start through
 * {@code clear_refs}).
 */
final class MemoryProbe implements AutoCloseable {

	private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	/** The uptime decoration that starts each line of the GC log ({@code [12.345s]}). */
	private static final Pattern GC_UPTIME = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s\\]");

	private final PlatformApi api;

	private final long pid;

	private final Path gcLog;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((runnable) -> {
		Thread thread = new Thread(runnable, "bench-memory-probe");
		thread.setDaemon(true);
		return thread;
	});

	private volatile double peakSampledHeapMib;

	private volatile double peakSampledRssMib;

	private int gcLinesBefore;

	private boolean hwmReset;

	private double startUptime = Double.NaN;

	private double stopUptime = Double.NaN;

	/**
	 * The window's collections: the JVM's uptime (seconds) and the heap after it (MiB).
	 */
	private final List<double[]> afterGc = new ArrayList<>();

	MemoryProbe(PlatformApi api, long pid, Path gcLog) {
		this.api = api;
		this.pid = pid;
		this.gcLog = gcLog;
	}

	/** Starts sampling. */
	void start() {
		this.gcLinesBefore = gcLines().size();
		this.startUptime = uptimeSeconds();
		this.hwmReset = resetPeakRss();
		this.scheduler.scheduleAtFixedRate(this::sample, 0, 100, TimeUnit.MILLISECONDS);
	}

	private void sample() {
		try {
			double heap = this.api.getOrder("/actuator/metrics/jvm.memory.used?tag=area:heap")
				.get("measurements")
				.get(0)
				.get("value")
				.asDouble() / (1024 * 1024);
			this.peakSampledHeapMib = Math.max(this.peakSampledHeapMib, heap);
			this.peakSampledRssMib = Math.max(this.peakSampledRssMib, statusKib("VmRSS") / 1024.0);
		}
		catch (RuntimeException ex) {
			// A missed sample under load is not a failure; the GC log still has the
			// peaks.
		}
	}

	/**
	 * Stops sampling.
	 * @return the peaks of the window
	 */
	Result stop() {
		this.scheduler.shutdownNow();
		this.stopUptime = uptimeSeconds();
		List<String> lines = gcLines();
		double gcPeak = 0;
		double afterGc = 0;
		double committed = 0;
		int collections = 0;
		for (String line : lines.subList(Math.min(this.gcLinesBefore, lines.size()), lines.size())) {
			Matcher matcher = GC_HEAP.matcher(line);
			if (matcher.find()) {
				collections++;
				gcPeak = Math.max(gcPeak, Double.parseDouble(matcher.group(1)));
				afterGc = Math.max(afterGc, Double.parseDouble(matcher.group(2)));
				committed = Math.max(committed, Double.parseDouble(matcher.group(3)));
				Matcher uptime = GC_UPTIME.matcher(line);
				if (uptime.find()) {
					this.afterGc.add(
							new double[] { Double.parseDouble(uptime.group(1)), Double.parseDouble(matcher.group(2)) });
				}
			}
		}
		double peakRss = this.hwmReset ? statusKib("VmHWM") / 1024.0 : this.peakSampledRssMib;
		return new Result(Math.max(gcPeak, this.peakSampledHeapMib), this.peakSampledHeapMib, gcPeak, afterGc,
				committed, collections, peakRss, this.hwmReset);
	}

	/**
	 * The largest heap after a collection in each equal part of the window (after
	 * {@link #stop()}): flat figures mean the work keeps no more alive as it goes on.
	 * @param parts how many parts (e.g. 10 for tenths)
	 * @return MiB per part, {@code null} for a part without a collection; empty when the
	 * window's bounds are unknown (the process's start time cannot be read)
	 */
	List<Double> heapAfterGcByPart(int parts) {
		return heapAfterGcByPart(this.afterGc, this.startUptime, this.stopUptime, parts);
	}

	/**
	 * The largest heap after a collection in each equal part of a window.
	 * @param collections each collection's uptime (seconds) and heap after it (MiB)
	 * @param start the window's start (uptime, seconds)
	 * @param stop its end
	 * @param parts how many parts
	 * @return MiB per part, {@code null} for a part without a collection
	 */
	static List<Double> heapAfterGcByPart(List<double[]> collections, double start, double stop, int parts) {
		if (Double.isNaN(start) || Double.isNaN(stop) || stop <= start) {
			return List.of();
		}
		Double[] largest = new Double[parts];
		for (double[] collection : collections) {
			int part = (int) Math.floor((collection[0] - start) / (stop - start) * parts);
			part = Math.max(0, Math.min(parts - 1, part));
			largest[part] = (largest[part] == null) ? collection[1] : Math.max(largest[part], collection[1]);
		}
		return java.util.Arrays.asList(largest);
	}

	/**
	 * The order service's JVM uptime as its GC log counts it, from the process's start
	 * time ({@code NaN} if unknown).
	 */
	private double uptimeSeconds() {
		return ProcessHandle.of(this.pid)
			.flatMap((process) -> process.info().startInstant())
			.map((started) -> java.time.Duration.between(started, java.time.Instant.now()).toNanos() / 1e9)
			.orElse(Double.NaN);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

	private boolean resetPeakRss() {
		try {
			Files.writeString(Path.of("/proc/" + this.pid + "/clear_refs"), "5");
			return true;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	private long statusKib(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/" + this.pid + "/status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// Not Linux, or the process is gone.
		}
		return 0;
	}

	private List<String> gcLines() {
		try {
			return Files.exists(this.gcLog) ? Files.readAllLines(this.gcLog) : List.of();
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/**
	 * The peaks of a window, in MiB.
	 *
	 * @param peakHeapMib the larger of the two heap peaks
	 * @param sampledHeapMib the largest sampled used heap
	 * @param gcLogHeapMib the largest heap before a collection
	 * @param heapAfterGcMib the largest heap after a collection (what the import keeps
	 * alive; the peak before a collection mostly shows how far the collector let the
	 * young generation grow)
	 * @param heapCommittedMib the largest committed heap the GC log shows
	 * @param collections garbage collections in the window
	 * @param peakRssMib the peak resident set size
	 * @param rssPeakIsExact whether {@code VmHWM} was reset at the start (otherwise the
	 * largest sample)
	 */
	record Result(double peakHeapMib, double sampledHeapMib, double gcLogHeapMib, double heapAfterGcMib,
			double heapCommittedMib, int collections, double peakRssMib, boolean rssPeakIsExact) {
	}

}

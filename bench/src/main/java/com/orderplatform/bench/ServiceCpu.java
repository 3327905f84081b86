package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time the services used, all their threads' and their JIT compilers', read from
 * {@code /proc/<pid>/task/<tid>/stat} (Linux): whether an import ran on compiled code or
 * beside its compilation. A platform is not warm after one import: the compilers of the
 * three services still used about 30% of the CPU of the second to sixth 10,000-row
 * imports after start-up, about 22% of the seventh to tenth (bench/NOTES.md).
 */
final class ServiceCpu {

	/**
	 * Clock ticks per second of {@code /proc}'s times ({@code USER_HZ}, 100 on Linux).
	 */
	static final double TICKS_PER_SECOND = 100;

	private static final Path PROC = Path.of("/proc");

	private final List<Long> pids;

	/**
	 * The CPU of some processes.
	 * @param pids the services' process ids; none for services the benchmark did not
	 * start
	 */
	ServiceCpu(List<Long> pids) {
		this.pids = List.copyOf(pids);
	}

	/**
	 * The CPU the services used so far.
	 * @return the usage, or {@code null} when it cannot be known (no process ids, no
	 * {@code /proc})
	 */
	Usage now() {
		if (this.pids.isEmpty() || !Files.isDirectory(PROC.resolve("self/task"))) {
			return null;
		}
		List<String> stats = new ArrayList<>();
		for (long pid : this.pids) {
			try (DirectoryStream<Path> tasks = Files.newDirectoryStream(PROC.resolve(pid + "/task"))) {
				for (Path task : tasks) {
					try {
						stats.add(Files.readString(task.resolve("stat")));
					}
					catch (NoSuchFileException ex) {
						// The thread ended since the directory was listed.
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the threads of process " + pid, ex);
			}
		}
		return Usage.of(stats);
	}

	/**
	 * CPU time in clock ticks.
	 *
	 * @param ticks all threads' user and system time
	 * @param compilerTicks the JIT compiler threads' ({@code C1 CompilerThre…},
	 * {@code C2 CompilerThre…})
	 */
	record Usage(long ticks, long compilerTicks) {

		/**
		 * Sums threads' {@code stat} lines: fields 14 and 15 ({@code utime},
		 * {@code stime}) after the name in parentheses, which may itself hold spaces and
		 * parentheses.
		 * @param stats the contents of {@code /proc/<pid>/task/<tid>/stat}
		 * @return their sum
		 */
		static Usage of(List<String> stats) {
			long ticks = 0;
			long compiler = 0;
			for (String stat : stats) {
				int open = stat.indexOf('(');
				int close = stat.lastIndexOf(')');
				String name = stat.substring(open + 1, close);
				String[] fields = stat.substring(close + 2).trim().split(" ");
				// fields[0] is field 3 (state): utime and stime are fields 14 and 15.
				long thread = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				ticks += thread;
				if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
					compiler += thread;
				}
			}
			return new Usage(ticks, compiler);
		}

		/**
		 * The usage between an earlier reading and this one.
		 * @param earlier the earlier reading
		 * @return the difference
		 */
		Usage since(Usage earlier) {
			return new Usage(this.ticks - earlier.ticks, this.compilerTicks - earlier.compilerTicks);
		}

		double seconds() {
			return this.ticks / TICKS_PER_SECOND;
		}

		double compilerSeconds() {
			return this.compilerTicks / TICKS_PER_SECOND;
		}

		/** The compilers' share of the time, 0 when no time was used. */
		double compilerShare() {
			return (this.ticks > 0) ? (double) this.compilerTicks / this.ticks : 0;
		}

		/** E.g. {@code "2.84 core-s, JIT compilers 0.71 (25%)"}. */
		String describe() {
			return String.format(Locale.ROOT, "%.2f core-s, JIT compilers %.2f (%.0f%%)", seconds(), compilerSeconds(),
					100 * compilerShare());
		}

	}

}

package com.orderplatform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Describes the machine a run is on, from {@code /proc} and the JVM.
 */
final class MachineInfo {

	private MachineInfo() {
	}

	static BenchReport.Machine describe(Path root) {
		return new BenchReport.Machine(Runtime.getRuntime().availableProcessors(),
				procField("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
				procField("/proc/meminfo", "MemTotal").map((kib) -> Long.parseLong(kib.replaceAll("\\D", "")) / 1024)
					.orElse(0L),
				System.getProperty("os.name") + " " + System.getProperty("os.version"),
				System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), gitCommit(root));
	}

	private static java.util.Optional<String> procField(String file, String field) {
		try {
			return Files.readAllLines(Path.of(file))
				.stream()
				.filter((line) -> line.startsWith(field))
				.map((line) -> line.substring(line.indexOf(':') + 1).trim())
				.findFirst();
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	private static String gitCommit(Path root) {
		try {
			Process git = new ProcessBuilder(List.of("git", "-C", root.toString(), "rev-parse", "--short", "HEAD"))
				.redirectErrorStream(true)
				.start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			boolean dirty = new ProcessBuilder(List.of("git", "-C", root.toString(), "diff", "--quiet", "HEAD")).start()
				.waitFor() != 0;
			return (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0) ? out + (dirty ? " (modified)" : "")
					: "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}

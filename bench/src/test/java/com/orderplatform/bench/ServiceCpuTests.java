package com.orderplatform.bench;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceCpuTests {

	/** A thread's stat line with its user and system time in ticks (fields 14 and 15). */
	private static String stat(int tid, String name, long utime, long stime) {
		return tid + " (" + name + ") S 1 1 1 0 -1 4194368 2095 0 0 0 " + utime + " " + stime
				+ " 0 0 20 0 40 0 123 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0\n";
	}

	@Test
	void sumsEveryThreadsUserAndSystemTimeAndTheCompilersApart() {
		ServiceCpu.Usage usage = ServiceCpu.Usage
			.of(List.of(stat(101, "java", 250, 50), stat(102, "C2 CompilerThre", 70, 5),
					stat(103, "C1 CompilerThre", 20, 0), stat(104, "import-worker-1", 400, 30)));

		assertThat(usage).isEqualTo(new ServiceCpu.Usage(825, 95));
		assertThat(usage.seconds()).isEqualTo(8.25);
		assertThat(usage.compilerSeconds()).isEqualTo(0.95);
	}

	@Test
	void readsNamesWithSpacesAndParentheses() {
		ServiceCpu.Usage usage = ServiceCpu.Usage
			.of(List.of(stat(7, "a (b) c", 3, 4), stat(8, "C2 CompilerThre", 1, 2), stat(9, ") C2 x", 10, 0)));

		assertThat(usage).isEqualTo(new ServiceCpu.Usage(20, 3));
	}

	@Test
	void theUsageBetweenTwoReadingsAndTheCompilersShareOfIt() {
		ServiceCpu.Usage before = new ServiceCpu.Usage(1_000, 300);
		ServiceCpu.Usage after = new ServiceCpu.Usage(1_284, 371);

		ServiceCpu.Usage used = after.since(before);

		assertThat(used).isEqualTo(new ServiceCpu.Usage(284, 71));
		assertThat(used.compilerShare()).isEqualTo(0.25);
		assertThat(used.describe()).isEqualTo("2.84 core-s, JIT compilers 0.71 (25%)");
	}

	@Test
	void noTimeUsedIsNoShare() {
		assertThat(new ServiceCpu.Usage(0, 0).compilerShare()).isZero();
	}

	@Test
	void servicesNotStartedByTheBenchmarkHaveNoUsage() {
		assertThat(new ServiceCpu(List.of()).now()).isNull();
	}

	@Test
	@EnabledOnOs(OS.LINUX)
	void readsARunningJvmsThreads() {
		ServiceCpu.Usage usage = new ServiceCpu(List.of(ProcessHandle.current().pid())).now();

		assertThat(usage).isNotNull();
		assertThat(usage.ticks()).isPositive();
		assertThat(usage.compilerTicks()).isBetween(0L, usage.ticks());
	}

}

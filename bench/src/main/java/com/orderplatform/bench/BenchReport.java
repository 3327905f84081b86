package com.orderplatform.bench;

import java.time.Instant;
import java.util.List;

/**
 * Everything one benchmark run produced: the machine, every measurement, and the failures
 * that make the run fail.
 *
 * @param mode {@code quick} or {@code full}
 * @param startedAt when the run started
 * @param durationSeconds how long it took
 * @param machine where it ran
 * @param measurements the measurements, in the order
 * @param failures what went wrong (empty when the run succeeded)
 */
public record BenchReport(String mode, Instant startedAt, double durationSeconds, Machine machine,
		List<Measurement> measurements, List<String> failures) {

	/**
	 * Whether every run worked (targets may still be missed).
	 * @return whether nothing failed
	 */
	public boolean succeeded() {
		return this.failures.isEmpty();
	}

	/**
	 * Where the benchmark ran.
	 *
	 * @param cores the processors the JVM sees
	 * @param cpu the CPU model
	 * @param memoryMib the machine's memory
	 * @param os the operating system and kernel
	 * @param jdk the JDK running the services
	 * @param loadAverage the 1-minute load average when the run started (other work on
	 * the machine)
	 * @param commit the git commit measured
	 */
	public record Machine(int cores, String cpu, long memoryMib, String os, String jdk, double loadAverage,
			String commit) {

		/**
		 * This machine, its JDK described with how the services' JVMs started.
		 * @param jvmStart e.g. from an AOT cache; {@code null} when a step failed
		 * @return the machine
		 */
		Machine startedFrom(String jvmStart) {
			return (jvmStart != null) ? new Machine(this.cores, this.cpu, this.memoryMib, this.os,
					this.jdk + " (" + jvmStart + ")", this.loadAverage, this.commit) : this;
		}

	}

}

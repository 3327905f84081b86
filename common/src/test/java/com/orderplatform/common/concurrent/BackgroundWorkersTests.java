package com.orderplatform.common.concurrent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Bulk work runs on background threads at the configured nice value, carries the logging
 * context, and hands back its result or its exception.
 */
class BackgroundWorkersTests {

	private BackgroundWorkers workers;

	@AfterEach
	void stop() {
		if (this.workers != null) {
			this.workers.close();
		}
		MDC.clear();
	}

	@Test
	void runsTheWorkOnAThreadAtTheConfiguredNiceValue() throws Exception {
		int before = BackgroundPriority.niceOfCurrentThread();
		this.workers = BackgroundWorkers.start("bulk-test-", 2, before + 5);

		Observed observed = this.workers.submit(Observed::now).get(30, TimeUnit.SECONDS);

		assertThat(observed.nice()).isEqualTo(before + 5);
		assertThat(observed.thread()).isEqualTo("bulk-test-1");
		assertThat(this.workers.nice()).isEqualTo(before + 5);
		assertThat(BackgroundPriority.niceOfCurrentThread()).isEqualTo(before);
	}

	@Test
	void zeroLeavesThePriorityAlone() throws Exception {
		int before = BackgroundPriority.niceOfCurrentThread();
		this.workers = BackgroundWorkers.start("bulk-test-", 1, 0);

		assertThat(this.workers.submit(Observed::now).get(30, TimeUnit.SECONDS).nice()).isEqualTo(before);
	}

	@Test
	void carriesTheLoggingContextOfTheCallerAndNoOther() throws Exception {
		this.workers = BackgroundWorkers.start("bulk-test-", 1, 0);

		MDC.put("requestId", "req-1");
		String inside = this.workers.submit(() -> MDC.get("requestId")).get(30, TimeUnit.SECONDS);
		MDC.clear();
		String next = this.workers.submit(() -> MDC.get("requestId")).get(30, TimeUnit.SECONDS);

		assertThat(inside).isEqualTo("req-1");
		assertThat(next).isNull();
	}

	@Test
	void handsBackTheExceptionTheWorkThrew() {
		this.workers = BackgroundWorkers.start("bulk-test-", 1, 0);
		IllegalStateException failure = new IllegalStateException("refused");

		Throwable thrown = catchThrowable(() -> this.workers.submit(() -> {
			throw failure;
		}).join());

		assertThat(thrown).isInstanceOf(CompletionException.class).hasCause(failure);
	}

	@Test
	void refusesAThreadCountOrNiceValueOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> BackgroundWorkers.start("bulk-test-", 0, 10))
			.withMessage("threads must be 1 to 64 but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> BackgroundWorkers.start("bulk-test-", 2, 20))
			.withMessage("nice must be 0 to 19 but was 20");
	}

	private record Observed(int nice, String thread) {

		static Observed now() {
			try {
				return new Observed(BackgroundPriority.niceOfCurrentThread(), Thread.currentThread().getName());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}

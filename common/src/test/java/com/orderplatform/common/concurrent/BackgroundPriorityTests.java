package com.orderplatform.common.concurrent;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background threads run at a lower operating-system priority than the thread that made
 * them, and under the idle scheduling policy unless that is turned off (Linux; the
 * platform's machines and CI).
 */
class BackgroundPriorityTests {

	private final ThreadFactory platform = Thread.ofPlatform().name("priority-test").factory();

	@Test
	void aLoweredThreadRunsAtTheGivenNiceValueAndItsCreatorIsUnchanged() throws Exception {
		int before = BackgroundPriority.niceOfCurrentThread();

		int lowered = niceInside(BackgroundPriority.lowered(this.platform, before + 7));
		int unchanged = niceInside(BackgroundPriority.lowered(this.platform, 0));

		assertThat(lowered).isEqualTo(before + 7);
		assertThat(unchanged).isEqualTo(before);
		assertThat(BackgroundPriority.niceOfCurrentThread()).isEqualTo(before);
	}

	@Test
	void aLoweredThreadAlsoRunsUnderTheIdlePolicyUnlessTurnedOff() throws Exception {
		int before = BackgroundPriority.niceOfCurrentThread();

		List<Integer> idle = niceAndPolicyInside(BackgroundPriority.lowered(this.platform, before + 5, true));
		List<Integer> niceOnly = niceAndPolicyInside(BackgroundPriority.lowered(this.platform, before + 5, false));
		List<Integer> untouched = niceAndPolicyInside(BackgroundPriority.lowered(this.platform, 0, true));

		assertThat(idle).containsExactly(before + 5, BackgroundPriority.SCHED_IDLE);
		assertThat(niceOnly).containsExactly(before + 5, 0);
		assertThat(untouched).containsExactly(before, 0);
		assertThat(BackgroundPriority.policyOfCurrentThread()).isZero();
	}

	private static int niceInside(ThreadFactory factory) throws Exception {
		return niceAndPolicyInside(factory).get(0);
	}

	private static List<Integer> niceAndPolicyInside(ThreadFactory factory) throws Exception {
		CompletableFuture<List<Integer>> seen = new CompletableFuture<>();
		factory.newThread(() -> {
			try {
				seen.complete(
						List.of(BackgroundPriority.niceOfCurrentThread(), BackgroundPriority.policyOfCurrentThread()));
			}
			catch (IOException ex) {
				seen.completeExceptionally(ex);
			}
		}).start();
		return seen.get(30, TimeUnit.SECONDS);
	}

}

package com.orderplatform.common.concurrent;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background threads run at a lower operating-system priority than the thread that made
 * them (Linux; the platform's machines and CI).
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

	private static int niceInside(ThreadFactory factory) throws Exception {
		CompletableFuture<Integer> nice = new CompletableFuture<>();
		factory.newThread(() -> {
			try {
				nice.complete(BackgroundPriority.niceOfCurrentThread());
			}
			catch (IOException ex) {
				nice.completeExceptionally(ex);
			}
		}).start();
		return nice.get(30, TimeUnit.SECONDS);
	}

}

package com.orderplatform.notification.notification.intake;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.orderplatform.notification.TestTimeConfiguration;
import com.orderplatform.notification.notification.Notification;
import com.orderplatform.notification.notification.Queueing;
import com.orderplatform.notification.notification.store.NotificationRepository;
import com.orderplatform.notification.template.Channel;
import com.orderplatform.notification.template.Language;
import com.orderplatform.notification.template.TemplateKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.Lifecycle;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test (the name keeps it out of the suite): measures the CPU time the calling
 * thread spends on one bulk of 1,000 notifications, composed and stored
 * ({@link BulkNotificationService#queueAll}), and stored only
 * ({@link NotificationRepository#insertAll}), and composed only
 * ({@link NotificationComposer#composeAll}), on a real database. Run one subclass
 * explicitly ({@code -Dtest=SqliteBulkIntakeCpuHarness}); it prints the per-bulk thread
 * CPU after a warm-up and asserts only that every row was stored, never a time.
 */
@SpringBootTest
@Import(TestTimeConfiguration.class)
abstract class AbstractBulkIntakeCpuHarness {

	private static final int BULK = 1_000;

	private static final int WARM_UP = 20;

	private static final int MEASURED = 30;

	@Autowired
	BulkNotificationService bulk;

	@Autowired
	NotificationComposer composer;

	@Autowired
	NotificationRepository repository;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("notificationDispatcher")
	Lifecycle dispatcher;

	/**
	 * Interleaves the measures run by run, so that they see the same table sizes and the
	 * same JIT state.
	 */
	@Test
	void measuresTheThreadCpuOfOneBulkOfAThousand() {
		this.dispatcher.stop();
		this.jdbc.sql("DELETE FROM notifications").update();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[][] cpuMicros = new long[3][MEASURED];
		long[][] wallMicros = new long[3][MEASURED];
		for (int run = 0; run < WARM_UP + MEASURED; run++) {
			List<SendNotification> commands = commands("cpu-queue-", run);
			List<SendNotification> toStore = commands("cpu-store-", run);
			List<Notification> composed = this.composer.composeAll(toStore, Intake.BULK);
			List<Runnable> measures = List.of(() -> this.bulk.queueAll(commands),
					() -> this.transactions.execute((status) -> this.repository.insertAll(composed)),
					() -> this.composer.composeAll(toStore, Intake.BULK));
			for (int measure = 0; measure < measures.size(); measure++) {
				long cpu = threads.getCurrentThreadCpuTime();
				long wall = System.nanoTime();
				measures.get(measure).run();
				if (run >= WARM_UP) {
					cpuMicros[measure][run - WARM_UP] = (threads.getCurrentThreadCpuTime() - cpu) / 1_000;
					wallMicros[measure][run - WARM_UP] = (System.nanoTime() - wall) / 1_000;
				}
			}
		}
		print("queueAll (compose + store)", cpuMicros[0], wallMicros[0]);
		print("insertAll (store only)", cpuMicros[1], wallMicros[1]);
		print("composeAll (render only)", cpuMicros[2], wallMicros[2]);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM notifications").query(Long.class).single())
			.isEqualTo(2L * (WARM_UP + MEASURED) * BULK);
	}

	private void print(String what, long[] cpuMicros, long[] wallMicros) {
		System.out.printf(
				"CPU-HARNESS %s %s: thread CPU per bulk of %d: median %.1f ms, mean %.1f ms, min %.1f ms;"
						+ " wall median %.1f ms (%d runs after %d warm-up)%n",
				getClass().getSimpleName(), what, BULK, median(cpuMicros), mean(cpuMicros),
				Arrays.stream(cpuMicros).min().orElseThrow() / 1000.0, median(wallMicros), MEASURED, WARM_UP);
	}

	private static double median(long[] micros) {
		long[] sorted = micros.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1000.0;
	}

	private static double mean(long[] micros) {
		return Arrays.stream(micros).average().orElseThrow() / 1000.0;
	}

	private static List<SendNotification> commands(String batch, int run) {
		return IntStream.range(0, BULK).mapToObj((i) -> {
			long orderId = run * 10_000L + i;
			return new SendNotification(orderId, new TemplateKey("ORDER_CONFIRMATION", Channel.EMAIL, Language.JA),
					"order" + orderId + "@example.co.jp", Map.of("order_id", orderId, "customer_name", "田中太郎",
							"total_amount", 183100, "currency", "JPY", "item_count", 2),
					new Queueing(batch + run, batch + run + "-" + i));
		}).toList();
	}

}

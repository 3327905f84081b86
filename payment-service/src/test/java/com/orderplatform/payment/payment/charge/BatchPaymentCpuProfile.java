package com.orderplatform.payment.payment.charge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import com.orderplatform.payment.OrderServiceStub;
import com.orderplatform.payment.TestSecurity;
import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import com.orderplatform.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not a test of the suite (its name does not end in {@code Tests}): a measuring harness
 * for issue #14. It pays batches of 1,000 new orders through the batch service on the
 * calling thread, after a warm-up, and prints the thread's CPU time per batch (and per
 * re-sent batch, all answered from stored payments). Run it on its own:
 * {@code ./mvnw -B -q test -pl payment-service -am -Dtest=BatchPaymentCpuProfile
 * -Dsurefire.failIfNoSpecifiedTests=false} (add {@code -Dprofile.db=postgres} for the
 * embedded PostgreSQL server); the figures are in
 * {@code target/surefire-reports/*BatchPaymentCpuProfile-output.txt}. It asserts the
 * outcomes, never the timings.
 */
@SpringBootTest
class BatchPaymentCpuProfile {

	private static final int BATCH = 1000;

	private static final int WARM_UP = Integer.getInteger("profile.warmup", 15);

	private static final int MEASURED = Integer.getInteger("profile.batches", 30);

	private static final AtomicLong ORDER_IDS = new AtomicLong(10_000_000);

	@Autowired
	private BatchPaymentService service;

	@Autowired
	private JdbcClient jdbc;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		if ("postgres".equals(System.getProperty("profile.db"))) {
			TestDatabases.registerPostgres(registry, "payment_profile");
		}
		else {
			TestDatabases.registerSqlite(registry, "payment-profile");
		}
		TestSecurity.register(registry);
		registry.add("oms.order-service.base-url", () -> OrderServiceStub.instance().baseUrl());
	}

	@Test
	void printsTheCpuTimeOfABatchOfAThousand() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int i = 0; i < WARM_UP; i++) {
			BatchPaymentRequest request = newBatch();
			pay(request);
			pay(request);
		}
		boolean postgres = "postgres".equals(System.getProperty("profile.db"));
		String database = postgres ? this.jdbc.sql("SELECT current_database()").query(String.class).single() : null;
		long serverTicks = postgres ? serverTicks(database) : 0;
		long[] fresh = new long[MEASURED];
		long[] resent = new long[MEASURED];
		long[] wall = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			BatchPaymentRequest request = newBatch();
			long cpu = threads.getCurrentThreadCpuTime();
			long started = System.nanoTime();
			pay(request);
			wall[i] = System.nanoTime() - started;
			fresh[i] = threads.getCurrentThreadCpuTime() - cpu;
			cpu = threads.getCurrentThreadCpuTime();
			pay(request);
			resent[i] = threads.getCurrentThreadCpuTime() - cpu;
		}
		System.out.printf("PROFILE db=%s batches=%d of %d: new batch CPU %s; wall %s; re-sent batch CPU %s%n",
				System.getProperty("profile.db", "sqlite"), MEASURED, BATCH, summary(fresh), summary(wall),
				summary(resent));
		if (postgres) {
			System.out.printf("PROFILE db=postgres server backends' CPU per new and re-sent batch: %.1f ms%n",
					(serverTicks(database) - serverTicks) * 10.0 / MEASURED);
		}
	}

	/** Pays a batch; a new one and a re-sent one both answer every order completed. */
	private void pay(BatchPaymentRequest request) {
		BatchPaymentResponse response = this.service.pay(request);
		assertThat(response.results()).hasSize(BATCH);
		assertThat(response.completed()).isEqualTo(BATCH);
		assertThat(response.alreadyPaid()).isZero();
	}

	/**
	 * The CPU time, in ticks of 10 ms, of the PostgreSQL server processes serving one
	 * database (its backends name it in their command line), as Linux counts it.
	 */
	private static long serverTicks(String database) {
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter((path) -> path.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
					if (command.startsWith("postgres: ") && command.contains(" " + database + " ")) {
						String stat = Files.readString(process.resolve("stat"));
						String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException ex) {
					// The process ended meanwhile.
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ticks;
	}

	private static BatchPaymentRequest newBatch() {
		List<Long> ids = LongStream.range(0, BATCH).mapToObj(i -> ORDER_IDS.incrementAndGet()).toList();
		return BatchPayments.batch(BatchPayments.newBatchId(), BatchPayments.items(ids.stream(), "1500"));
	}

	private static String summary(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		return "median %.2f ms, mean %.2f ms, min %.2f ms, max %.2f ms".formatted(sorted[sorted.length / 2] / 1e6, mean,
				sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

}

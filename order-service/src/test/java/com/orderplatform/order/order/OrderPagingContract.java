package com.orderplatform.order.order;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order list's paging at a size where it matters, on each database the service
 * supports: every page of a 2,500-order batch (among orders of another batch and of the
 * API placed at the same instants), in every sort the API allows, read forward or from
 * the end, is exactly the slice of the full list sorted in memory; and a batch's total
 * comes from its finished import job when that knows it, from counting otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OrderPagingContract {

	private static final int BATCH_SIZE = 2_500;

	private static final int CHUNK = 100;

	private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

	private static final int[] SKIPS = { 0, 20, 1_200, 1_240, 1_249, 1_250, 1_251, 1_300, 2_400, 2_450, 2_480, 2_490,
			2_499, 2_500, 3_000 };

	@Autowired
	private OrderRepository repository;

	@Autowired
	private JdbcClient jdbc;

	private final String batchId = "paging-" + UUID.randomUUID();

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-order-paging-"));
	}

	/**
	 * 25 chunks of 100 orders, each chunk placed at one instant (as an import's chunk
	 * is), a third left pending, a third in payment_processing and a third paid; amounts
	 * and customers repeat, so every sort has ties for the id to break. Beside each
	 * chunk, at the same instant, 10 orders of another batch and 5 placed through the
	 * API.
	 */
	@BeforeAll
	void storeABatchAmongOtherOrders() {
		String otherBatch = "paging-other-" + UUID.randomUUID();
		for (int chunk = 0; chunk < BATCH_SIZE / CHUNK; chunk++) {
			Instant at = START.plus(Duration.ofSeconds(chunk));
			List<NewOrder> orders = new ArrayList<>();
			for (int i = chunk * CHUNK; i < (chunk + 1) * CHUNK; i++) {
				orders.add(order(this.batchId, i + 2, i));
			}
			List<NewOrder> others = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				others.add(order(otherBatch, chunk * 10 + i + 2, i));
			}
			for (int i = 0; i < 5; i++) {
				others.add(order(null, null, i));
			}
			this.repository.insertAll(others, null, at);
			if (chunk % 3 == 0) {
				this.repository.insertAll(orders, "paging.csv", at);
			}
			else {
				List<Order> saved = this.repository.insertAllForPayment(orders, "paging.csv", at);
				if (chunk % 3 == 2) {
					this.repository.applyAll(saved.stream()
						.map(order -> new StatusChange(order.id(), OrderState.PAYMENT_PROCESSING, OrderState.PAID, null,
								at))
						.toList());
				}
			}
		}
	}

	@Test
	void everyPageInEverySortIsTheSliceOfTheWholeSortedList() {
		OrderFilter filter = OrderFilter.of(null, null, this.batchId, null, null);
		long total = this.repository.count(filter);
		assertThat(total).isEqualTo(BATCH_SIZE);
		List<SortRow> rows = allRows();
		assertThat(rows).hasSize(BATCH_SIZE);

		int pages = 0;
		for (OrderSort.Column column : OrderSort.Column.values()) {
			for (boolean descending : new boolean[] { false, true }) {
				OrderSort sort = new OrderSort(column, descending);
				List<Long> expected = rows.stream().sorted(SortRow.order(sort)).map(SortRow::id).toList();
				for (int size : new int[] { 20, 100 }) {
					for (int skip : SKIPS) {
						List<Long> slice = expected.subList(Math.min(skip, BATCH_SIZE),
								Math.min(skip + size, BATCH_SIZE));
						assertThat(ids(this.repository.findPage(filter, sort, skip, size, total)))
							.as("%s, skip %d, size %d, from the nearer end", sort, skip, size)
							.containsExactlyElementsOf(slice);
						assertThat(ids(this.repository.findPage(filter, sort, skip, size)))
							.as("%s, skip %d, size %d, forward", sort, skip, size)
							.containsExactlyElementsOf(slice);
						pages++;
					}
				}
			}
		}
		assertThat(pages).isEqualTo(10 * 2 * SKIPS.length);
	}

	@Test
	void readsAPagePastTheMiddleFromTheEndOfTheList() {
		OrderFilter filter = OrderFilter.of(null, null, this.batchId, null, null);
		List<Long> expected = allRows().stream()
			.sorted(SortRow.order(OrderSort.NEWEST_FIRST))
			.map(SortRow::id)
			.toList();

		// A total 100 too high shows which end the page was counted from: from the end,
		// the page ends 100 orders before the one asked for.
		assertThat(ids(this.repository.findPage(filter, OrderSort.NEWEST_FIRST, 2_400, 100, BATCH_SIZE + 100)))
			.containsExactlyElementsOf(expected.subList(2_300, 2_400));
		assertThat(ids(this.repository.findPage(filter, OrderSort.NEWEST_FIRST, 1_200, 100, BATCH_SIZE + 100)))
			.as("a page before the middle is read forward")
			.containsExactlyElementsOf(expected.subList(1_200, 1_300));
	}

	@Test
	void readsTheLastPagesOfAFilteredListFromTheEndWithTheirItems() {
		OrderFilter filter = OrderFilter.of(com.orderplatform.order.api.OrderStatus.PENDING, null, this.batchId, null,
				null);
		long total = this.repository.count(filter);
		assertThat(total).isEqualTo(900);
		List<Long> expected = allRows().stream()
			.filter(row -> row.status().equals(OrderState.PENDING.dbValue()))
			.sorted(SortRow.order(OrderSort.NEWEST_FIRST))
			.map(SortRow::id)
			.toList();

		List<Order> last = this.repository.findPage(filter, OrderSort.NEWEST_FIRST, 880, 100, total);

		assertThat(ids(last)).containsExactlyElementsOf(expected.subList(880, 900));
		assertThat(last).allSatisfy(order -> {
			assertThat(order.batchId()).isEqualTo(this.batchId);
			assertThat(order.status()).isEqualTo(OrderState.PENDING);
			assertThat(order.items()).hasSize(1);
			assertThat(order.totalAmount()).isEqualByComparingTo(order.items().getFirst().subtotal());
			assertThat(order.history()).hasSize(1);
		});
	}

	@Test
	void takesAFinishedImportsStoredOrderCountAsTheBatchTotalInsteadOfCounting() {
		String batch = smallBatch();
		storeJob(batch, "completed", false, 1_000, 1);

		assertThat(this.repository.count(OrderFilter.of(null, null, batch, null, null)))
			.as("the job's order_count - failed_order_count, not the 3 orders stored")
			.isEqualTo(999);
		this.jdbc.sql("UPDATE import_jobs SET status = 'completed_with_errors' WHERE id = :id")
			.param("id", batch)
			.update();
		assertThat(this.repository.count(OrderFilter.of(null, null, batch, null, null))).isEqualTo(999);
		assertThat(this.repository
			.count(OrderFilter.of(com.orderplatform.order.api.OrderStatus.PENDING, null, batch, null, null)))
			.as("another filter beside the batch is counted")
			.isEqualTo(3);
		assertThat(this.repository.count(OrderFilter.of(null, null, batch, START, null)))
			.as("a period beside the batch is counted")
			.isEqualTo(3);
	}

	@ParameterizedTest
	@CsvSource({ "queued, false", "validating, false", "processing, false", "failed, false", "cancelled, false",
			"validated, true", "completed, true" })
	void countsTheBatchWhenItsJobHasNotRunToItsEndOrWasADryRun(String status, boolean dryRun) {
		String batch = smallBatch();
		storeJob(batch, status, dryRun, 1_000, 1);

		assertThat(this.repository.count(OrderFilter.of(null, null, batch, null, null))).isEqualTo(3);
	}

	@Test
	void countsABatchWithoutAJob() {
		assertThat(this.repository.count(OrderFilter.of(null, null, smallBatch(), null, null))).isEqualTo(3);
		assertThat(this.repository.count(OrderFilter.of(null, null, "no-such-batch-" + UUID.randomUUID(), null, null)))
			.isZero();
	}

	private String smallBatch() {
		String batch = "paging-small-" + UUID.randomUUID();
		this.repository.insertAll(List.of(order(batch, 2, 1), order(batch, 3, 2), order(batch, 4, 3)), "small.csv",
				START);
		return batch;
	}

	private void storeJob(String id, String status, boolean dryRun, int orderCount, int failedOrderCount) {
		Timestamp at = Timestamp.from(START);
		this.jdbc.sql("""
				INSERT INTO import_jobs (id, filename, sha256, file_size, status, dry_run, notify, error_policy,
				    order_count, failed_order_count, created_by, created_at, updated_at)
				VALUES (:id, 'small.csv', 'sha', 1, :status, :dryRun, 'none', 'import_valid', :orders, :failed,
				    'admin', :at, :at)""")
			.param("id", id)
			.param("status", status)
			.param("dryRun", dryRun)
			.param("orders", orderCount)
			.param("failed", failedOrderCount)
			.param("at", at)
			.update();
	}

	private List<SortRow> allRows() {
		return this.jdbc
			.sql("SELECT id, created_at, total_amount, customer_email, status FROM orders WHERE batch_id = :batch")
			.param("batch", this.batchId)
			.query((rs, rowNum) -> new SortRow(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getLong("total_amount"), rs.getString("customer_email"), rs.getString("status")))
			.list();
	}

	/**
	 * An order whose amount and customer repeat every few orders. The addresses differ
	 * only in three digits, so every collation sorts them as Java does.
	 */
	private static NewOrder order(String batch, Integer row, int i) {
		String email = "buyer%03d@example.com".formatted(i % 37);
		BigDecimal price = BigDecimal.valueOf(((i * 7_919L) % 50 + 1) * 100);
		return new NewOrder(email, "鈴木花子", NewOrder.JPY, batch, row, List.of(OrderItem.of("モニター", 1 + i % 3, price)));
	}

	private static List<Long> ids(List<Order> orders) {
		return orders.stream().map(Order::id).toList();
	}

	/** What the list sorts by, read straight from the table. */
	private record SortRow(long id, Instant createdAt, long totalAmount, String customerEmail, String status) {

		static Comparator<SortRow> order(OrderSort sort) {
			Comparator<SortRow> byColumn = switch (sort.column()) {
				case CREATED_AT -> Comparator.comparing(SortRow::createdAt);
				case TOTAL_AMOUNT -> Comparator.comparingLong(SortRow::totalAmount);
				case CUSTOMER_EMAIL -> Comparator.comparing(SortRow::customerEmail);
				case STATUS -> Comparator.comparing(SortRow::status);
				case ID -> Comparator.comparingLong(SortRow::id);
			};
			Comparator<SortRow> total = byColumn.thenComparingLong(SortRow::id);
			return sort.descending() ? total.reversed() : total;
		}

	}

}

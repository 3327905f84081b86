package com.orderplatform.order.order.stats;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import com.orderplatform.order.api.DayStatsView;
import com.orderplatform.order.api.OrderStatsView;
import com.orderplatform.order.api.StatusCounts;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.Order;
import com.orderplatform.order.order.OrderItem;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.OrderRepository;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.order.order.OrderStatsRollup;
import com.orderplatform.order.order.StatusChange;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The figures of {@link OrderStats}, summed in SQL from what {@link OrderStatsRollup}
 * keeps, on each database the service supports: they follow every way orders are saved
 * and moved, single and in chunks, commit and roll back with them, and count days in the
 * asked time zone (summer time, half-hour offsets). Each test uses its own month, since a
 * database serves all tests of its class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
abstract class OrderStatsContract {

	@Autowired
	private OrderRepository repository;

	@Autowired
	private OrderStats stats;

	@Autowired
	private TransactionTemplate transactions;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-order-stats-"));
	}

	@Test
	void countsOrdersByTheirCurrentStatusSavedAloneOrInChunksAndMovedAloneOrInBatches() {
		Instant day1 = Instant.parse("2031-01-05T03:00:00Z");
		Instant day2 = Instant.parse("2031-01-06T23:59:59.999Z");
		long laptops = this.repository.insert(laptops(), day1);
		Order paid = OrderMother.stored(this.repository, laptops(), OrderState.PAID, day1);
		Order cancelled = OrderMother.stored(this.repository, laptops(), OrderState.CANCELLED, day1);
		List<Long> chunk = this.repository.insertAll(List.of(imported(2, 1500), imported(3, 2500), imported(4, 4000)),
				"stats.csv", day2);
		this.repository.applyAll(chunk.stream()
			.map(id -> new StatusChange(id, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, day2))
			.toList());
		this.repository.applyAll(
				List.of(new StatusChange(chunk.get(0), OrderState.PAYMENT_PROCESSING, OrderState.PAID, null, day2),
						new StatusChange(chunk.get(1), OrderState.PAYMENT_PROCESSING, OrderState.PENDING, "declined",
								day2),
						new StatusChange(chunk.get(2), OrderState.PENDING, OrderState.PAID, null, day2)));
		this.repository.apply(new StatusChange(paid.id(), OrderState.PAID, OrderState.SHIPPED, null, day2));

		OrderStatsView week = this.stats.between("2031-01-04", "2031-01-10", "UTC");

		assertThat(week.orders()).isEqualTo(6);
		assertThat(week.totalAmount()).isEqualTo(new BigDecimal(3 * 179_600 + 1500 + 2500 + 4000));
		assertThat(week.revenue()).isEqualTo(new BigDecimal(179_600 + 1500));
		assertThat(week.statusCounts()).isEqualTo(new StatusCounts(2, 1, 1, 1, 0, 1));
		assertThat(week.days()).extracting(DayStatsView::date)
			.containsExactly(LocalDate.parse("2031-01-04"), LocalDate.parse("2031-01-05"),
					LocalDate.parse("2031-01-06"), LocalDate.parse("2031-01-07"), LocalDate.parse("2031-01-08"),
					LocalDate.parse("2031-01-09"), LocalDate.parse("2031-01-10"));
		assertThat(week.days()).extracting(DayStatsView::orders, DayStatsView::totalAmount, DayStatsView::revenue)
			.containsExactly(tuple(0L, BigDecimal.ZERO, BigDecimal.ZERO),
					tuple(3L, new BigDecimal(538_800), new BigDecimal(179_600)),
					tuple(3L, new BigDecimal(8000), new BigDecimal(1500)), tuple(0L, BigDecimal.ZERO, BigDecimal.ZERO),
					tuple(0L, BigDecimal.ZERO, BigDecimal.ZERO), tuple(0L, BigDecimal.ZERO, BigDecimal.ZERO),
					tuple(0L, BigDecimal.ZERO, BigDecimal.ZERO));
		assertThat(week.days().get(1).statusCounts()).isEqualTo(new StatusCounts(1, 0, 0, 1, 0, 1));
		assertThat(week.days().get(2).statusCounts()).isEqualTo(new StatusCounts(1, 1, 1, 0, 0, 0));
		assertThat(laptops).isPositive();
		assertThat(cancelled.status()).isEqualTo(OrderState.CANCELLED);
	}

	@Test
	void countsAChunkSavedAlreadyBeingChargedAsPaymentProcessingUntilItSettles() {
		Instant day = Instant.parse("2031-02-03T10:15:00Z");
		List<Order> chunk = this.repository
			.insertAllForPayment(List.of(imported(2, 1500), imported(3, 2500), imported(4, 4000)), "paying.csv", day);

		OrderStatsView saved = this.stats.between("2031-02-03", "2031-02-03", "UTC");
		this.repository
			.applyAll(List.of(chunk.get(0).markPaid(null, day), chunk.get(1).paymentFailed("declined", day)));
		OrderStatsView settled = this.stats.between("2031-02-03", "2031-02-03", "UTC");

		assertThat(saved.orders()).isEqualTo(3);
		assertThat(saved.statusCounts()).isEqualTo(new StatusCounts(0, 3, 0, 0, 0, 0));
		assertThat(saved.revenue()).isEqualTo(BigDecimal.ZERO);
		assertThat(settled.statusCounts()).isEqualTo(new StatusCounts(1, 1, 1, 0, 0, 0));
		assertThat(settled.totalAmount()).isEqualTo(new BigDecimal(8000));
		assertThat(settled.revenue()).isEqualTo(new BigDecimal(1500));
	}

	@Test
	void leavesTheFiguresAsTheyWereWhenTheTransactionRollsBack() {
		Instant at = Instant.parse("2031-02-10T12:00:00Z");
		this.repository.insert(laptops(), at);

		this.transactions.executeWithoutResult(status -> {
			long id = this.repository.insert(laptops(), at);
			this.repository.apply(new StatusChange(id, OrderState.PENDING, OrderState.CANCELLED, null, at));
			status.setRollbackOnly();
		});

		OrderStatsView day = this.stats.between("2031-02-10", "2031-02-10", "UTC");
		assertThat(day.orders()).isEqualTo(1);
		assertThat(day.statusCounts()).isEqualTo(new StatusCounts(1, 0, 0, 0, 0, 0));
	}

	@Test
	void countsDaysInTheAskedTimeZone() {
		// 23:59 and 00:00 in Tokyo (UTC+9), the same instants are mid-afternoon in UTC
		this.repository.insert(laptops(), Instant.parse("2031-03-01T14:59:59.999Z"));
		this.repository.insert(laptops(), Instant.parse("2031-03-01T15:00:00Z"));
		// 23:59 and 00:00 in Kolkata (UTC+5:30)
		this.repository.insert(laptops(), Instant.parse("2031-03-03T18:29:59Z"));
		this.repository.insert(laptops(), Instant.parse("2031-03-03T18:30:00Z"));

		assertThat(ordersPerDay("2031-03-01", "2031-03-04", "Asia/Tokyo")).containsExactly(1L, 1L, 0L, 2L);
		assertThat(ordersPerDay("2031-03-01", "2031-03-04", "UTC")).containsExactly(2L, 0L, 2L, 0L);
		assertThat(ordersPerDay("2031-03-01", "2031-03-04", "+09:00")).containsExactly(1L, 1L, 0L, 2L);
		assertThat(ordersPerDay("2031-03-01", "2031-03-04", "Asia/Kolkata")).containsExactly(2L, 0L, 1L, 1L);
	}

	@Test
	void countsTheDaysAroundASummerTimeChangeWithTheirOwnOffset() {
		// Berlin moves from UTC+1 to UTC+2 at 2031-03-30T01:00Z: the 30th has 23 hours
		this.repository.insert(laptops(), Instant.parse("2031-03-29T22:59:59Z"));
		this.repository.insert(laptops(), Instant.parse("2031-03-29T23:00:00Z"));
		this.repository.insert(laptops(), Instant.parse("2031-03-30T21:59:59Z"));
		this.repository.insert(laptops(), Instant.parse("2031-03-30T22:00:00Z"));

		assertThat(ordersPerDay("2031-03-29", "2031-03-31", "Europe/Berlin")).containsExactly(1L, 2L, 1L);
		assertThat(this.stats.between("2031-03-30", "2031-03-30", "Europe/Berlin").orders()).isEqualTo(2);
	}

	@Test
	void answersZeroForAPeriodWithoutOrders() {
		OrderStatsView empty = this.stats.between("2032-06-01", "2032-06-30", "Asia/Tokyo");

		assertThat(empty.orders()).isZero();
		assertThat(empty.revenue()).isEqualTo(BigDecimal.ZERO);
		assertThat(empty.days()).hasSize(30).allSatisfy(day -> assertThat(day.orders()).isZero());
		assertThat(empty.timeZone()).isEqualTo("Asia/Tokyo");
		assertThat(empty.currency()).isEqualTo("JPY");
	}

	private List<Long> ordersPerDay(String from, String to, String tz) {
		return this.stats.between(from, to, tz).days().stream().map(DayStatsView::orders).toList();
	}

	private static NewOrder laptops() {
		return OrderMother.laptops(OrderMother.uniqueEmail());
	}

	private static NewOrder imported(int row, int price) {
		return new NewOrder(OrderMother.uniqueEmail(), "伊藤花子", "JPY", "stats-" + UUID.randomUUID(), row,
				List.of(OrderItem.of("ファイル", 1, BigDecimal.valueOf(price))));
	}

}

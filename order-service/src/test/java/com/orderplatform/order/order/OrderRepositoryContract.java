package com.orderplatform.order.order;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.TestSecurity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What {@link OrderRepository} guarantees, run against each database the service supports
 * (a subclass per database points the datasource at it). Orders are told apart by unique
 * emails and batch ids, since a database serves all tests of its class. A mock web
 * environment, not none: the service's security (tokens, webhook signatures) is part of
 * its web set-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
abstract class OrderRepositoryContract {

	private static final Instant AT = Instant.parse("2026-02-01T08:00:00.123Z");

	@Autowired
	private OrderRepository repository;

	@DynamicPropertySource
	static void files(DynamicPropertyRegistry registry) throws IOException {
		TestSecurity.register(registry, Files.createTempDirectory("oms-order-repository-"));
	}

	@Autowired
	private JdbcClient jdbc;

	@Test
	void storesAnOrderWithItemsExactAmountsAndItsFirstHistoryEntry() {
		String email = OrderMother.uniqueEmail();
		NewOrder order = NewOrder.single(email, "田中太郎", "JPY", List
			.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800")), OrderItem.of("マウス", 50, new BigDecimal("3500"))));

		Order stored = this.repository.findById(this.repository.insert(order, AT)).orElseThrow();

		assertThat(stored.customerEmail()).isEqualTo(email);
		assertThat(stored.customerName()).isEqualTo("田中太郎");
		assertThat(stored.status()).isEqualTo(OrderState.PENDING);
		assertThat(stored.statusReason()).isNull();
		assertThat(stored.totalAmount()).isEqualTo(new BigDecimal("354600"));
		assertThat(stored.currency()).isEqualTo("JPY");
		assertThat(stored.batchId()).isNull();
		assertThat(stored.createdAt()).isEqualTo(AT);
		assertThat(stored.updatedAt()).isEqualTo(AT);
		assertThat(stored.items()).extracting(OrderItem::productName, OrderItem::quantity, OrderItem::unitPrice)
			.containsExactly(tuple("ノートPC", 2, new BigDecimal("89800")), tuple("マウス", 50, new BigDecimal("3500")));
		assertThat(stored.items()).allSatisfy(item -> assertThat(item.id()).isPositive());
		assertThat(stored.history()).singleElement()
			.isEqualTo(new StatusChange(stored.id(), null, OrderState.PENDING, null, AT));
	}

	@Test
	void keepsAmountsBeyondTheIntegerRangeExactly() {
		NewOrder order = NewOrder.single(OrderMother.uniqueEmail(), "高橋大輔", "JPY",
				List.of(OrderItem.of("サーバーラック", 1_000_000, new BigDecimal("9999999999"))));

		Order stored = this.repository.findById(this.repository.insert(order, AT)).orElseThrow();

		assertThat(stored.totalAmount()).isEqualTo(new BigDecimal("9999999999000000"));
		assertThat(stored.items().get(0).unitPrice()).isEqualTo(new BigDecimal("9999999999"));
	}

	@Test
	void appliesAChangeOnlyFromTheStatusItWasDecidedFrom() {
		long id = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);
		Instant later = AT.plusSeconds(5);

		boolean first = this.repository
			.apply(new StatusChange(id, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, later));
		boolean stale = this.repository
			.apply(new StatusChange(id, OrderState.PENDING, OrderState.CANCELLED, "too late", later.plusSeconds(1)));

		assertThat(first).isTrue();
		assertThat(stale).isFalse();
		Order order = this.repository.findById(id).orElseThrow();
		assertThat(order.status()).isEqualTo(OrderState.PAYMENT_PROCESSING);
		assertThat(order.updatedAt()).isEqualTo(later);
		assertThat(order.history()).extracting(StatusChange::to)
			.containsExactly(OrderState.PENDING, OrderState.PAYMENT_PROCESSING);
	}

	@Test
	void keepsTheReasonOfTheLatestChange() {
		long id = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);
		this.repository.apply(new StatusChange(id, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, AT));
		this.repository.apply(new StatusChange(id, OrderState.PAYMENT_PROCESSING, OrderState.PENDING, "カード拒否", AT));

		Order order = this.repository.findById(id).orElseThrow();

		assertThat(order.statusReason()).isEqualTo("カード拒否");
		assertThat(order.history()).last()
			.isEqualTo(new StatusChange(id, OrderState.PAYMENT_PROCESSING, OrderState.PENDING, "カード拒否", AT));
	}

	@Test
	void pagesNewestFirstBreakingTiesByIdAndCountsExactly() {
		String batchId = "batch-" + UUID.randomUUID();
		long a = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batchId), AT);
		long b = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batchId), AT);
		long c = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batchId), AT.plusSeconds(1));
		OrderFilter batch = new OrderFilter(null, null, batchId, null, null);

		assertThat(this.repository.findPage(batch, 0, 10)).extracting(Order::id).containsExactly(c, b, a);
		assertThat(this.repository.findPage(batch, 1, 1)).extracting(Order::id).containsExactly(b);
		assertThat(this.repository.count(batch)).isEqualTo(3);
		assertThat(this.repository.findPage(batch, 0, 10)).allSatisfy(order -> {
			assertThat(order.batchId()).isEqualTo(batchId);
			assertThat(order.items()).hasSize(1);
			assertThat(order.history()).hasSize(1);
		});
	}

	@Test
	void sortsByTheRequestedColumnBreakingTiesByIdInTheSameDirection() {
		String email = OrderMother.uniqueEmail();
		String batchId = "batch-" + UUID.randomUUID();
		// 179,600 JPY, then two orders of 135,000 JPY
		long laptops = this.repository.insert(OrderMother.laptops(email), AT);
		long monitors = this.repository.insert(OrderMother.inBatch(email, batchId), AT.plusSeconds(1));
		long moreMonitors = this.repository.insert(OrderMother.inBatch(email, batchId), AT.plusSeconds(2));
		OrderFilter customer = new OrderFilter(null, email, null, null, null);

		assertThat(this.repository.findPage(customer, OrderSort.parse("-total_amount"), 0, 10)).extracting(Order::id)
			.containsExactly(laptops, moreMonitors, monitors);
		assertThat(this.repository.findPage(customer, OrderSort.parse("total_amount"), 0, 10)).extracting(Order::id)
			.containsExactly(monitors, moreMonitors, laptops);
		assertThat(this.repository.findPage(customer, OrderSort.parse("created_at"), 1, 1)).extracting(Order::id)
			.containsExactly(monitors);
	}

	@Test
	void filtersByEveryCriterion() {
		String batchId = "batch-" + UUID.randomUUID();
		String email = OrderMother.uniqueEmail();
		long early = this.repository.insert(OrderMother.inBatch(email, batchId), AT);
		long middle = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batchId),
				AT.plus(Duration.ofHours(1)));
		long late = this.repository.insert(OrderMother.inBatch(email, batchId), AT.plus(Duration.ofHours(2)));
		this.repository.apply(new StatusChange(middle, OrderState.PENDING, OrderState.CANCELLED, null, AT));

		assertThat(ids(new OrderFilter(OrderState.CANCELLED, null, batchId, null, null))).containsExactly(middle);
		assertThat(ids(new OrderFilter(null, email, null, null, null))).containsExactly(late, early);
		assertThat(ids(new OrderFilter(null, null, batchId, AT.plus(Duration.ofHours(1)), null))).containsExactly(late,
				middle);
		assertThat(ids(new OrderFilter(null, null, batchId, null, AT.plus(Duration.ofHours(1)))))
			.containsExactly(early);
		assertThat(ids(new OrderFilter(OrderState.PENDING, email, batchId, AT, AT.plus(Duration.ofHours(3)))))
			.containsExactly(late, early);
		assertThat(this.repository.count(new OrderFilter(OrderState.PENDING, email, batchId, AT, null))).isEqualTo(2);
	}

	@Test
	void findsNothingForAnUnknownId() {
		assertThat(this.repository.findById(Long.MAX_VALUE)).isEmpty();
	}

	@Test
	void refusesItemsWithoutPositiveQuantityOrPrice() {
		long id = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);

		// SQLite's constraint errors reach Spring uncategorised, so assert on the
		// constraint.
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc
				.sql("INSERT INTO order_items (order_id, product_name, quantity, unit_price) VALUES (?, 'x', 0, 100)")
				.param(id)
				.update())
			.withMessageContaining("ck_order_items_quantity");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc
				.sql("INSERT INTO order_items (order_id, product_name, quantity, unit_price) VALUES (?, 'x', 1, 0)")
				.param(id)
				.update())
			.withMessageContaining("ck_order_items_unit_price");
	}

	@Test
	void deletesItemsAndHistoryWithTheirOrder() {
		long id = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);

		this.jdbc.sql("DELETE FROM orders WHERE id = ?").param(id).update();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM order_items WHERE order_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM order_status_history WHERE order_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	private List<Long> ids(OrderFilter filter) {
		return this.repository.findPage(filter, 0, 100).stream().map(Order::id).toList();
	}

}

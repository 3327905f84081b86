package com.orderplatform.order.order;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
	void savesOneOrderAsABatchOfOne() {
		NewOrder alone = OrderMother.laptops(OrderMother.uniqueEmail());
		NewOrder inBatch = OrderMother.laptops(OrderMother.uniqueEmail());

		Order single = this.repository.findById(this.repository.insert(alone, AT)).orElseThrow();
		Order batched = this.repository.findById(this.repository.insertAll(List.of(inBatch), null, AT).getFirst())
			.orElseThrow();

		assertThat(batched).usingRecursiveComparison()
			.ignoringFields("id", "customerEmail", "items.id", "history.orderId")
			.isEqualTo(single);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM orders WHERE id IN (:ids) AND csv_source IS NULL "
					+ "AND batch_id IS NULL AND import_row_number IS NULL")
			.param("ids", List.of(single.id(), batched.id()))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.repository.apply(single.startPayment(AT))).isTrue();
		assertThat(this.repository.applyAll(List.of(batched.startPayment(AT)))).containsExactly(batched.id());
		assertThat(this.repository.findAllById(List.of(single.id(), batched.id())))
			.extracting(Order::status, Order::updatedAt)
			.containsExactly(tuple(OrderState.PAYMENT_PROCESSING, AT), tuple(OrderState.PAYMENT_PROCESSING, AT));
	}

	@Test
	void savesAChunkOfImportedOrdersFindableByTheirFirstRows() {
		String batchId = "batch-" + UUID.randomUUID();
		List<NewOrder> orders = List.of(
				new NewOrder(OrderMother.uniqueEmail(), "髙橋﨑子", "JPY", batchId, 2,
						List.of(OrderItem.of("①番ノート", 2, new BigDecimal("1500")),
								OrderItem.of("ペン", 1, new BigDecimal("300")))),
				new NewOrder(OrderMother.uniqueEmail(), "伊藤花子", "JPY", batchId, 4,
						List.of(OrderItem.of("ファイル", 3, new BigDecimal("1200")))));

		List<Long> ids = this.repository.insertAll(orders, "orders.csv", AT);

		assertThat(ids).hasSize(2).doesNotHaveDuplicates();
		assertThat(this.repository.findIdsByImportRows(batchId, List.of(2, 3, 4)))
			.containsExactlyInAnyOrderEntriesOf(Map.of(2, ids.get(0), 4, ids.get(1)));
		List<Order> stored = this.repository.findAllById(List.of(ids.get(1), ids.get(0), Long.MAX_VALUE));
		assertThat(stored).extracting(Order::id).containsExactly(ids.get(0), ids.get(1));
		assertThat(stored).extracting(Order::customerName, Order::totalAmount, Order::status, Order::batchId)
			.containsExactly(tuple("髙橋﨑子", new BigDecimal("3300"), OrderState.PENDING, batchId),
					tuple("伊藤花子", new BigDecimal("3600"), OrderState.PENDING, batchId));
		assertThat(stored.get(0).items()).extracting(OrderItem::productName).containsExactly("①番ノート", "ペン");
		assertThat(stored).allSatisfy(order -> assertThat(order.history()).singleElement()
			.satisfies(first -> assertThat(first.to()).isEqualTo(OrderState.PENDING)));
		assertThat(this.jdbc.sql("SELECT csv_source FROM orders WHERE batch_id = :batch")
			.param("batch", batchId)
			.query(String.class)
			.list()).containsExactly("orders.csv", "orders.csv");
	}

	@Test
	void savesAChunkAlreadyBeingChargedWithBothStepsInItsHistoryAndAnswersItAsStored() {
		String batchId = "batch-" + UUID.randomUUID();
		List<NewOrder> orders = new ArrayList<>();
		for (int row : new int[] { 7, 2, 5, 3 }) {
			orders.add(new NewOrder("row" + row + "@example.jp", "顧客" + row, "JPY", batchId, row,
					List.of(OrderItem.of("品目" + row, row, new BigDecimal("1000")),
							OrderItem.of("送料", 1, new BigDecimal("500")))));
		}

		List<Order> saved = this.repository.insertAllForPayment(orders, "paying.csv", AT);

		assertThat(saved).extracting(Order::customerEmail)
			.containsExactly("row7@example.jp", "row2@example.jp", "row5@example.jp", "row3@example.jp");
		assertThat(this.repository.findIdsByImportRows(batchId, List.of(2, 3, 5, 7)))
			.containsExactlyInAnyOrderEntriesOf(
					Map.of(7, saved.get(0).id(), 2, saved.get(1).id(), 5, saved.get(2).id(), 3, saved.get(3).id()));
		List<Order> stored = this.repository.findAllById(saved.stream().map(Order::id).toList());
		assertThat(stored).hasSize(4).allSatisfy(order -> {
			Order answered = saved.stream().filter(one -> one.id() == order.id()).findFirst().orElseThrow();
			assertThat(order.status()).isEqualTo(OrderState.PAYMENT_PROCESSING);
			assertThat(order.history()).extracting(StatusChange::from, StatusChange::to)
				.containsExactly(tuple(null, OrderState.PENDING),
						tuple(OrderState.PENDING, OrderState.PAYMENT_PROCESSING));
			assertThat(answered.status()).isEqualTo(order.status());
			assertThat(answered.totalAmount()).isEqualTo(order.totalAmount());
			assertThat(answered.templateData()).isEqualTo(order.templateData());
			assertThat(answered.history()).extracting(StatusChange::from, StatusChange::to)
				.containsExactlyElementsOf(
						order.history().stream().map(change -> tuple(change.from(), change.to())).toList());
			assertThat(order.items()).extracting(OrderItem::productName, OrderItem::quantity)
				.containsExactly(
						tuple(order.customerEmail().replaceAll("row(\\d+)@.*", "品目$1"),
								Integer.parseInt(order.customerEmail().replaceAll("row(\\d+)@.*", "$1"))),
						tuple("送料", 1));
		});
		assertThat(stored).extracting(Order::totalAmount)
			.containsExactlyInAnyOrder(new BigDecimal("7500"), new BigDecimal("2500"), new BigDecimal("5500"),
					new BigDecimal("3500"));
	}

	@Test
	void keepsEachItemsNotesWhetherSavedAloneOrInAChunk() {
		String batchId = "batch-" + UUID.randomUUID();
		long single = this.repository.insert(NewOrder.single(OrderMother.uniqueEmail(), "田中太郎", "JPY",
				List.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800"), " 法人割引適用 "),
						OrderItem.of("マウス", 1, new BigDecimal("3500")))),
				AT);
		List<Long> chunk = this.repository
			.insertAll(List.of(new NewOrder(OrderMother.uniqueEmail(), "佐藤健一", "JPY", batchId, 2,
					List.of(OrderItem.of("キーボード", 10, new BigDecimal("12500"), "部署一括購入"),
							OrderItem.of("USBハブ", 1, new BigDecimal("2800"), "'=1+1"),
							OrderItem.of("ケーブル", 1, new BigDecimal("800"), "")))),
					"notes.csv", AT);

		assertThat(this.repository.findById(single).orElseThrow().items()).extracting(OrderItem::notes)
			.containsExactly("法人割引適用", null);
		assertThat(this.repository.findAllById(chunk).get(0).items()).extracting(OrderItem::notes)
			.containsExactly("部署一括購入", "'=1+1", null);
		assertThat(this.jdbc.sql("SELECT notes FROM order_items WHERE order_id = :id ORDER BY id")
			.param("id", chunk.get(0))
			.query(String.class)
			.list()).containsExactly("部署一括購入", "'=1+1", null);
	}

	@Test
	void savesAndFindsAChunkOfManyOrdersEachWithItsOwnId() {
		String batchId = "batch-" + UUID.randomUUID();
		int count = 250;
		List<NewOrder> orders = new ArrayList<>();
		for (int row = 2; row < count + 2; row++) {
			orders.add(new NewOrder("row" + row + "@example.jp", "顧客" + row, "JPY", batchId, row,
					List.of(OrderItem.of("品目" + row, 1, BigDecimal.valueOf(100 + row)))));
		}

		List<Long> ids = this.repository.insertAll(orders, "large.csv", AT);

		assertThat(ids).hasSize(count).doesNotHaveDuplicates().doesNotContainNull();
		List<Order> stored = this.repository.findAllById(ids);
		assertThat(stored).hasSize(count).allSatisfy(order -> {
			int row = orders.get(ids.indexOf(order.id())).importRowNumber();
			assertThat(order.customerEmail()).isEqualTo("row" + row + "@example.jp");
			assertThat(order.totalAmount()).isEqualByComparingTo(BigDecimal.valueOf(100 + row));
			assertThat(order.items()).singleElement()
				.satisfies(item -> assertThat(item.productName()).isEqualTo("品目" + row));
		});
	}

	@Test
	void settlesAChunkOfSevenHundredOrdersStatementsAtATimeEachOnlyFromItsStatus() {
		String batchId = "batch-" + UUID.randomUUID();
		List<NewOrder> orders = new ArrayList<>();
		for (int row = 1; row <= 701; row++) {
			orders.add(new NewOrder("settle" + row + "@example.jp", "顧客" + row, "JPY", batchId, row,
					List.of(OrderItem.of("品目", 1, new BigDecimal("1000")))));
		}
		List<Long> ids = this.repository.insertAllForPayment(orders, "settle.csv", AT).stream().map(Order::id).toList();
		// moved on meanwhile (by a webhook, say): their changes below must not apply
		Set<Long> movedMeanwhile = Set.of(ids.get(0), ids.get(499), ids.get(500), ids.get(700));
		this.repository.applyAll(movedMeanwhile.stream()
			.map(id -> new StatusChange(id, OrderState.PAYMENT_PROCESSING, OrderState.PAID, "webhook", AT))
			.toList());
		Instant later = AT.plusSeconds(5);
		List<StatusChange> settle = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			settle.add((i % 100 == 7)
					? new StatusChange(ids.get(i), OrderState.PAYMENT_PROCESSING, OrderState.PENDING,
							"Payment failed: declined", later)
					: new StatusChange(ids.get(i), OrderState.PAYMENT_PROCESSING, OrderState.PAID, null, later));
		}

		Set<Long> applied = this.repository.applyAll(settle);

		List<Long> expected = ids.stream().filter(id -> !movedMeanwhile.contains(id)).toList();
		assertThat(applied).containsExactlyElementsOf(expected);
		List<Order> stored = this.repository.findAllById(ids);
		assertThat(stored.stream().filter(order -> order.status() == OrderState.PENDING)).hasSize(7)
			.allSatisfy(order -> assertThat(order.statusReason()).isEqualTo("Payment failed: declined"))
			.extracting(Order::id)
			.containsExactlyInAnyOrder(ids.get(7), ids.get(107), ids.get(207), ids.get(307), ids.get(407), ids.get(507),
					ids.get(607));
		assertThat(stored.stream().filter(order -> order.status() == OrderState.PAID)).hasSize(694);
		assertThat(stored.stream()
			.filter(order -> movedMeanwhile.contains(order.id()))
			.map(Order::statusReason)
			.distinct()
			.toList()).containsExactly("webhook");
		assertThat(stored).allSatisfy(order -> assertThat(order.history()).hasSize(3)
			.last()
			.satisfies(change -> assertThat(change.at()).isEqualTo(movedMeanwhile.contains(order.id()) ? AT : later)));
	}

	@Test
	void appliesABatchOfChangesEachOnlyFromTheStatusItWasDecidedFrom() {
		long a = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);
		long b = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);
		long c = this.repository.insert(OrderMother.laptops(OrderMother.uniqueEmail()), AT);
		this.repository.apply(new StatusChange(b, OrderState.PENDING, OrderState.CANCELLED, "by the customer", AT));
		Instant later = AT.plusSeconds(5);

		Set<Long> applied = this.repository
			.applyAll(List.of(new StatusChange(a, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, later),
					new StatusChange(b, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, later),
					new StatusChange(c, OrderState.PENDING, OrderState.PAYMENT_PROCESSING, null, later)));
		Set<Long> settled = this.repository.applyAll(List
			.of(new StatusChange(a, OrderState.PAYMENT_PROCESSING, OrderState.PAID, null, later), new StatusChange(c,
					OrderState.PAYMENT_PROCESSING, OrderState.PENDING, "Payment failed: declined", later)));

		assertThat(applied).containsExactly(a, c);
		assertThat(settled).containsExactly(a, c);
		assertThat(this.repository.applyAll(List.of())).isEmpty();
		List<Order> orders = this.repository.findAllById(List.of(a, b, c));
		assertThat(orders).extracting(Order::status, Order::statusReason)
			.containsExactly(tuple(OrderState.PAID, null), tuple(OrderState.CANCELLED, "by the customer"),
					tuple(OrderState.PENDING, "Payment failed: declined"));
		assertThat(orders.get(1).history()).extracting(StatusChange::to)
			.containsExactly(OrderState.PENDING, OrderState.CANCELLED);
		assertThat(orders.get(2).history()).extracting(StatusChange::to)
			.containsExactly(OrderState.PENDING, OrderState.PAYMENT_PROCESSING, OrderState.PENDING);
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

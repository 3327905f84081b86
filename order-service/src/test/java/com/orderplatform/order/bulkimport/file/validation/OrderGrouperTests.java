package com.orderplatform.order.bulkimport.file.validation;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.orderplatform.order.bulkimport.file.ColumnMapping;
import com.orderplatform.order.bulkimport.file.CsvFixtures;
import com.orderplatform.order.bulkimport.file.ImportRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Rows become whole orders or fail whole: never half an order. */
class OrderGrouperTests {

	private static final ColumnMapping WITH_ORDER_REF = ColumnMapping
		.fromHeader(List.of((CsvFixtures.HEADER + ",order_ref").split(",")));

	@TempDir
	Path dir;

	@Test
	void groupsConsecutiveAndScatteredRowsByOrderRefAndEmailAndFailsExactlyTheOrderWithABadRow() {
		List<OrderGroupResult> orders = CsvFixtures.orders(CsvFixtures.resource("order-refs.csv"));

		assertThat(orders).extracting(OrderGroupResult::rowNumbers)
			.containsExactly(List.of(2, 3), List.of(4, 6, 8), List.of(5, 7), List.of(9), List.of(10));
		assertThat(orders).extracting(result -> result.getClass().getSimpleName())
			.containsExactly("ImportedOrder", "RejectedOrder", "ImportedOrder", "ImportedOrder", "ImportedOrder");

		ImportedOrder tanaka = (ImportedOrder) orders.get(0);
		assertThat(tanaka.orderRef()).isEqualTo("PO-1");
		assertThat(tanaka.customerEmail()).isEqualTo("tanaka@example.co.jp");
		assertThat(tanaka.customerName()).isEqualTo("田中太郎");
		assertThat(tanaka.items()).extracting(ImportedItem::productName).containsExactly("ノートPC", "マウス");
		assertThat(tanaka.total()).isEqualTo(new BigDecimal("186600"));
		assertThat(tanaka.firstRowNumber()).isEqualTo(2);

		RejectedOrder suzuki = (RejectedOrder) orders.get(1);
		assertThat(suzuki.orderRef()).isEqualTo("PO-2");
		assertThat(suzuki.errors()).containsExactly(new RowError(4, null, RowErrorCode.ORDER_HAS_INVALID_ROW,
				"Not imported because row 6 of the same order (order_ref \"PO-2\") has errors and an order is"
						+ " imported whole or not at all; fix those rows and upload all rows of the order again."),
				new RowError(6, "quantity", RowErrorCode.QUANTITY_BELOW_ONE,
						"quantity (数量) must be at least 1 but is \"0\"; remove the row if nothing is ordered."),
				new RowError(8, null, RowErrorCode.ORDER_HAS_INVALID_ROW,
						"Not imported because row 6 of the same order (order_ref \"PO-2\") has errors and an order is"
								+ " imported whole or not at all; fix those rows and upload all rows of the order again."));

		ImportedOrder sato = (ImportedOrder) orders.get(2);
		assertThat(sato.items()).extracting(ImportedItem::rowNumber).containsExactly(5, 7);
		assertThat(sato.total()).isEqualTo(new BigDecimal("160000"));

		ImportedOrder withoutRef = (ImportedOrder) orders.get(3);
		assertThat(withoutRef.orderRef()).isNull();
		assertThat(withoutRef.total()).isEqualTo(new BigDecimal("1900"));

		ImportedOrder kato = (ImportedOrder) orders.get(4);
		assertThat(kato.orderRef()).isEqualTo("PO-1");
		assertThat(kato.customerEmail()).isEqualTo("kato@example.co.jp");
		assertThat(kato.total()).isEqualTo(new BigDecimal("1480"));
	}

	@Test
	void namesEveryBadRowOfAnOrderOnItsValidRows() {
		OrderGroupResult result = OrderGrouper
			.group(List.of(row(2, "PO-9", "田中太郎", "1", "1000"), row(3, "PO-9", "田中太郎", "0", "1000"),
					row(4, "PO-9", "田中太郎", "1", "1000"), row(5, "PO-9", "田中太郎", "1", "abc")));

		assertThat(result).isInstanceOfSatisfying(RejectedOrder.class, rejected -> {
			assertThat(rejected.errorsByRow().keySet()).containsExactly(2, 3, 4, 5);
			assertThat(rejected.errorsByRow().get(2)).singleElement()
				.extracting(RowError::message)
				.asString()
				.startsWith("Not imported because rows 3, 5 of the same order (order_ref \"PO-9\") have errors");
			assertThat(rejected.errorsByRow().get(3)).extracting(RowError::code)
				.containsExactly(RowErrorCode.QUANTITY_BELOW_ONE);
			assertThat(rejected.errorsByRow().get(5)).extracting(RowError::code)
				.containsExactly(RowErrorCode.UNIT_PRICE_NOT_WHOLE_YEN);
		});
	}

	@ParameterizedTest(name = "{0} x {1} = {2} JPY is imported")
	@CsvSource({ "1, 100, 100", "1, 1000000, 1000000", "4, 25, 100", "100, 10000, 1000000" })
	void importsOrdersTotallingOneHundredToOneMillionYen(String quantity, String unitPrice, String total) {
		OrderGroupResult result = OrderGrouper.group(List.of(row(2, "", "田中太郎", quantity, unitPrice)));

		assertThat(result).isInstanceOfSatisfying(ImportedOrder.class,
				order -> assertThat(order.total()).isEqualTo(new BigDecimal(total)));
	}

	@ParameterizedTest(name = "{0} x {1} = {2} JPY is refused")
	@CsvSource({ "1, 99, 99", "101, 9901, '1,000,001'", "3, 33, 99", "1000, 1001, '1,001,000'" })
	void refusesOrdersTotallingLessThanOneHundredOrMoreThanOneMillionYen(String quantity, String unitPrice,
			String total) {
		OrderGroupResult result = OrderGrouper.group(List.of(row(2, "", "田中太郎", quantity, unitPrice)));

		assertThat(result).isInstanceOfSatisfying(RejectedOrder.class,
				rejected -> assertThat(rejected.errors())
					.containsExactly(new RowError(2, null, RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE,
							"The order in row 2 totals " + total + " JPY but an order must total 100 to 1,000,000 JPY;"
									+ " change the quantities or unit prices, or split the order.")));
	}

	@Test
	void refusesAnOrderWhoseRowsTogetherExceedOneMillionYenOnEveryRow() {
		OrderGroupResult result = OrderGrouper
			.group(List.of(row(2, "PO-5", "田中太郎", "1", "600000"), row(3, "PO-5", "田中太郎", "1", "400001")));

		String message = "The order \"PO-5\" (rows 2, 3) totals 1,000,001 JPY but an order must total 100 to"
				+ " 1,000,000 JPY; change the quantities or unit prices, or split the order.";
		assertThat(result).isInstanceOfSatisfying(RejectedOrder.class,
				rejected -> assertThat(rejected.errors()).containsExactly(
						new RowError(2, null, RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE, message),
						new RowError(3, null, RowErrorCode.ORDER_TOTAL_OUT_OF_RANGE, message)));
	}

	@Test
	void refusesAnOrderWhoseRowsNameTheCustomerDifferently() {
		OrderGroupResult result = OrderGrouper.group(List.of(row(2, "PO-5", "田中太郎", "1", "1000"),
				row(3, "PO-5", "田中 太郎", "1", "1000"), row(4, "PO-5", "田中太郎", "1", "1000")));

		assertThat(result).isInstanceOfSatisfying(RejectedOrder.class, rejected -> {
			assertThat(rejected.errorsByRow().get(3)).containsExactly(new RowError(3, "customer_name",
					RowErrorCode.CUSTOMER_NAME_MISMATCH,
					"customer_name (顧客名) \"田中 太郎\" differs from \"田中太郎\" in row 2 of the same order"
							+ " (order_ref \"PO-5\"); an order has one customer, so write the name the same way in all its rows."));
			assertThat(rejected.errorsByRow().get(2)).extracting(RowError::code)
				.containsExactly(RowErrorCode.ORDER_HAS_INVALID_ROW);
			assertThat(rejected.errorsByRow().get(4)).extracting(RowError::code)
				.containsExactly(RowErrorCode.ORDER_HAS_INVALID_ROW);
		});
	}

	@Test
	void importsAnOrderOfOneThousandItemsButNotMore() {
		List<ValidatedRow> rows = new ArrayList<>();
		for (int rowNumber = 2; rowNumber <= 1001; rowNumber++) {
			rows.add(row(rowNumber, "PO-BIG", "田中太郎", "1", "100"));
		}
		assertThat(OrderGrouper.group(rows)).isInstanceOfSatisfying(ImportedOrder.class,
				order -> assertThat(order.items()).hasSize(1000));

		rows.add(row(1002, "PO-BIG", "田中太郎", "1", "100"));
		assertThat(OrderGrouper.group(rows)).isInstanceOfSatisfying(RejectedOrder.class, rejected -> {
			assertThat(rejected.errors()).hasSize(1001)
				.allSatisfy(error -> assertThat(error.code()).isEqualTo(RowErrorCode.ORDER_TOO_MANY_ITEMS));
			assertThat(rejected.errors().get(0).message()).endsWith(" has 1001 rows but an order may have at most"
					+ " 1000 items; split it into several orders with different order_ref values.");
		});
	}

	@Test
	void ordersTheItemsByRowNumberWhateverOrderTheRowsComeIn() {
		List<ValidatedRow> rows = new ArrayList<>(List.of(row(9, "PO-3", "佐藤健一", "1", "300"),
				row(2, "PO-3", "佐藤健一", "1", "100"), row(5, "PO-3", "佐藤健一", "1", "200")));
		Collections.reverse(rows);

		assertThat(OrderGrouper.group(rows)).isInstanceOfSatisfying(ImportedOrder.class, order -> {
			assertThat(order.rowNumbers()).containsExactly(2, 5, 9);
			assertThat(order.firstRowNumber()).isEqualTo(2);
		});
	}

	@Test
	void refusesRowsOfDifferentOrdersGivenAsOne() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OrderGrouper
				.group(List.of(row(2, "PO-1", "田中太郎", "1", "100"), row(3, "PO-2", "田中太郎", "1", "100"))))
			.withMessage("Rows of different orders given as one: ref:4:PO-1:tanaka@example.co.jp,"
					+ " ref:4:PO-2:tanaka@example.co.jp");
		assertThatIllegalArgumentException().isThrownBy(() -> OrderGrouper.group(List.of()))
			.withMessage("An order has at least one row");
	}

	@Test
	void keepsRowsWithTheSameOrderRefButDifferentEmailsApart() {
		List<OrderGroupResult> orders = OrderGrouper.groupAll(List.of(row(2, "PO-1", "田中太郎", "1", "100"),
				rowOf(3, "PO-1", "suzuki@example.co.jp", "鈴木花子"), rowOf(4, "PO-1", "TANAKA@example.co.jp", "田中太郎")));

		assertThat(orders).extracting(OrderGroupResult::rowNumbers).containsExactly(List.of(2, 4), List.of(3));
	}

	private static ValidatedRow row(int rowNumber, String orderRef, String name, String quantity, String unitPrice) {
		return ImportRowValidator.validate(new ImportRow(rowNumber,
				List.of("tanaka@example.co.jp", name, "付箋", quantity, unitPrice, "", "", orderRef), WITH_ORDER_REF));
	}

	private static ValidatedRow rowOf(int rowNumber, String orderRef, String email, String name) {
		return ImportRowValidator.validate(
				new ImportRow(rowNumber, List.of(email, name, "付箋", "1", "100", "", "", orderRef), WITH_ORDER_REF));
	}

}

package com.orderplatform.order.order;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Order totals are exact: Σ quantity × unit price in whole yen, never a float. */
class OrderTotalTests {

	@Test
	void multipliesQuantityByUnitPriceExactly() {
		NewOrder order = OrderMother.laptops("tanaka@example.co.jp");

		assertThat(order.totalAmount()).isEqualByComparingTo("179600");
		assertThat(order.totalAmount().scale()).isZero();
	}

	@ParameterizedTest(name = "{0} x {1} = {2}")
	@CsvSource({ "ノートPC, 2, 89800, 179600", "モニター27インチ, 3, 45000, 135000", "キーボード, 10, 12500, 125000",
			"マウス, 50, 3500, 175000", "USBハブ, 100, 2800, 280000" })
	void computesTheSpecSampleTotals(String product, int quantity, String unitPrice, String total) {
		NewOrder order = NewOrder.single("buyer@example.co.jp", "佐藤健一", null,
				List.of(OrderItem.of(product, quantity, new BigDecimal(unitPrice))));

		assertThat(order.totalAmount()).isEqualTo(new BigDecimal(total));
	}

	@Test
	void sumsAllLinesOfAnOrder() {
		NewOrder order = NewOrder.single("buyer@example.co.jp", "山田美咲", "JPY",
				List.of(OrderItem.of("ノートPC", 2, new BigDecimal("89800")),
						OrderItem.of("モニター27インチ", 3, new BigDecimal("45000")),
						OrderItem.of("キーボード", 10, new BigDecimal("12500")),
						OrderItem.of("マウス", 50, new BigDecimal("3500")),
						OrderItem.of("USBハブ", 100, new BigDecimal("2800"))));

		assertThat(order.totalAmount()).isEqualTo(new BigDecimal("894600"));
	}

	@Test
	void multipliesLargeQuantitiesAndPricesWithoutOverflow() {
		OrderItem item = OrderItem.of("サーバーラック", 1_000_000, new BigDecimal("9999999999"));

		assertThat(item.subtotal()).isEqualTo(new BigDecimal("9999999999000000"));
	}

	@Test
	void sumsLargeLinesBeyondIntAndDoublePrecisionExactly() {
		List<OrderItem> items = Collections.nCopies(900,
				OrderItem.of("サーバーラック", 1_000_000, new BigDecimal("9999999999")));

		NewOrder order = NewOrder.single("buyer@example.co.jp", "高橋大輔", "JPY", items);

		assertThat(order.totalAmount()).isEqualTo(new BigDecimal("8999999999100000000"));
	}

	@Test
	void rejectsATotalLargerThanTheDatabaseKeeps() {
		List<OrderItem> items = Collections.nCopies(1000,
				OrderItem.of("サーバーラック", 1_000_000, new BigDecimal("9999999999")));

		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> NewOrder.single("buyer@example.co.jp", "高橋大輔", "JPY", items))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("items"))
			.withMessageContaining("9999999999000000000");
	}

	@Test
	void normalisesWholeYenWrittenWithDecimalsToScaleZero() {
		OrderItem item = OrderItem.of("マウス", 2, new BigDecimal("3500.00"));

		assertThat(item.unitPrice()).isEqualTo(new BigDecimal("3500"));
		assertThat(item.subtotal()).isEqualTo(new BigDecimal("7000"));
	}

	@Test
	void rejectsFractionalYen() {
		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> OrderItem.of("マウス", 1, new BigDecimal("3500.5")))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("unit_price"));
	}

	@ParameterizedTest
	@CsvSource({ "0, 100, quantity", "-1, 100, quantity", "1, 0, unit_price", "1, -5, unit_price" })
	void rejectsNonPositiveQuantitiesAndPrices(int quantity, String unitPrice, String field) {
		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> OrderItem.of("マウス", quantity, new BigDecimal(unitPrice)))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo(field));
	}

	@Test
	void defaultsToJpyAndRejectsOtherCurrencies() {
		List<OrderItem> items = List.of(OrderItem.of("マウス", 1, new BigDecimal("3500")));

		assertThat(NewOrder.single("a@example.co.jp", "山田", null, items).currency()).isEqualTo("JPY");
		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> NewOrder.single("a@example.co.jp", "山田", "USD", items))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("currency"));
	}

	@Test
	void rejectsAnOrderWithoutItems() {
		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> NewOrder.single("a@example.co.jp", "山田", "JPY", List.of()))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("items"));
	}

}

package com.orderplatform.order.order;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An item's notes: trimmed, none when blank, at most 500 characters (not UTF-16 units).
 */
class OrderItemNotesTests {

	private static final BigDecimal PRICE = new BigDecimal("89800");

	@Test
	void trimsNotesIncludingIdeographicSpaces() {
		assertThat(OrderItem.of("ノートPC", 1, PRICE, "\u3000法人割引適用 \t").notes()).isEqualTo("法人割引適用");
	}

	@Test
	void keepsNoNotesForNullEmptyOrBlank() {
		assertThat(OrderItem.of("ノートPC", 1, PRICE, null).notes()).isNull();
		assertThat(OrderItem.of("ノートPC", 1, PRICE, "").notes()).isNull();
		assertThat(OrderItem.of("ノートPC", 1, PRICE, " \u3000 ").notes()).isNull();
		assertThat(OrderItem.of("ノートPC", 1, PRICE).notes()).isNull();
	}

	@Test
	void countsCharactersNotUtf16UnitsUpTo500() {
		String astral = "𠮷".repeat(500);

		assertThat(OrderItem.of("ノートPC", 1, PRICE, astral).notes()).isEqualTo(astral);
		assertThatExceptionOfType(InvalidOrderException.class)
			.isThrownBy(() -> OrderItem.of("ノートPC", 1, PRICE, astral + "x"))
			.satisfies(ex -> assertThat(ex.getField()).isEqualTo("notes"))
			.withMessageContaining("at most 500 characters");
	}

}

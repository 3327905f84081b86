package com.orderplatform.order.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OrderSortTests {

	@Test
	void sortsNewestFirstByDefault() {
		assertThat(OrderSort.parse(null)).isEqualTo(OrderSort.NEWEST_FIRST);
		assertThat(OrderSort.parse(" ")).isEqualTo(OrderSort.NEWEST_FIRST);
		assertThat(OrderSort.NEWEST_FIRST.orderByClause()).isEqualTo(" ORDER BY created_at DESC, id DESC");
	}

	@Test
	void readsAColumnAscendingOrWithALeadingMinusDescending() {
		assertThat(OrderSort.parse("total_amount")).isEqualTo(new OrderSort(OrderSort.Column.TOTAL_AMOUNT, false));
		assertThat(OrderSort.parse("-Customer_Email")).isEqualTo(new OrderSort(OrderSort.Column.CUSTOMER_EMAIL, true));
		assertThat(OrderSort.parse("total_amount").orderByClause()).isEqualTo(" ORDER BY total_amount ASC, id ASC");
		assertThat(OrderSort.parse("-status").orderByClause()).isEqualTo(" ORDER BY status DESC, id DESC");
		assertThat(OrderSort.parse("id").orderByClause()).isEqualTo(" ORDER BY id ASC");
	}

	@Test
	void rejectsAnUnknownColumnNamingTheParameterAndTheChoices() {
		assertThatExceptionOfType(InvalidOrderException.class).isThrownBy(() -> OrderSort.parse("price; DROP TABLE"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("sort"))
			.withMessage("sort: cannot sort by \"price; DROP TABLE\"; use one of created_at, total_amount, "
					+ "customer_email, status, id, with a leading - for descending");
	}

}

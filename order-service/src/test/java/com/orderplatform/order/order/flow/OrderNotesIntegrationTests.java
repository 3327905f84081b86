package com.orderplatform.order.order.flow;

import com.orderplatform.order.api.OrderItemView;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * An item's notes, as {@code POST /api/v1/orders} takes them: kept trimmed with the item,
 * answered by the API, limited to 500 characters as the CSV import limits them.
 */
class OrderNotesIntegrationTests extends IntegrationTestSupport {

	@Test
	void keepsEachItemsNotesTrimmedAndAnswersThem() {
		String email = OrderMother.uniqueEmail();
		String json = orderJson(email, "田中太郎", """
				{"product_name": "ノートPC", "quantity": 2, "unit_price": 89800, "notes": "  法人割引適用　"},
				{"product_name": "マウス", "quantity": 1, "unit_price": 3500, "notes": "=1+1"},
				{"product_name": "USBハブ", "quantity": 1, "unit_price": 3500, "notes": "   "},
				{"product_name": "ケーブル", "quantity": 1, "unit_price": 800}""");

		OrderView placed = postJson("/api/v1/orders", json).expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(placed.items()).extracting(OrderItemView::productName, OrderItemView::notes)
			.containsExactly(tuple("ノートPC", "法人割引適用"), tuple("マウス", "=1+1"), tuple("USBハブ", null), tuple("ケーブル", null));
		assertThat(getOrder(placed.id()).items()).extracting(OrderItemView::notes)
			.containsExactly("法人割引適用", "=1+1", null, null);
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/orders: /items/1/notes must be at most 500 characters long")
	void refusesNotesOfMoreThan500CharactersNamingTheItem() {
		String json = orderJson(OrderMother.uniqueEmail(), "田中太郎", """
				{"product_name": "ノートPC", "quantity": 2, "unit_price": 89800, "notes": "ok"},
				{"product_name": "マウス", "quantity": 1, "unit_price": 3500, "notes": "%s"}"""
			.formatted("備".repeat(501)));

		postJson("/api/v1/orders", json).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("items[1].notes")
			.jsonPath("$.errors[0].message")
			.isEqualTo("may have at most 500 characters");
		assertThat(this.journal).isEmpty();
	}

	@Test
	void acceptsNotesOfExactly500Characters() {
		String notes = "備".repeat(500);
		String json = orderJson(OrderMother.uniqueEmail(), "田中太郎", """
				{"product_name": "ノートPC", "quantity": 2, "unit_price": 89800, "notes": "%s"}""".formatted(notes));

		OrderView placed = postJson("/api/v1/orders", json).expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(placed.items()).singleElement().extracting(OrderItemView::notes).isEqualTo(notes);
	}

}

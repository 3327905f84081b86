package com.orderplatform.order.order.http;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid orders are refused with 400 and a problem detail naming the field, before
 * anything is saved or charged.
 */
class OrderValidationIntegrationTests extends IntegrationTestSupport {

	private static final String LAPTOP = """
			{"product_name": "ノートPC", "quantity": 2, "unit_price": 89800}""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					quantity 0             | {"product_name": "ノートPC", "quantity": 0, "unit_price": 89800}      | items[0].quantity
					negative quantity      | {"product_name": "ノートPC", "quantity": -3, "unit_price": 89800}     | items[0].quantity
					unit_price 0           | {"product_name": "ノートPC", "quantity": 2, "unit_price": 0}          | items[0].unit_price
					fractional unit_price  | {"product_name": "ノートPC", "quantity": 2, "unit_price": 89800.5}    | items[0].unit_price
					missing unit_price     | {"product_name": "ノートPC", "quantity": 2}                           | items[0].unit_price
					blank product_name     | {"product_name": " ", "quantity": 2, "unit_price": 89800}            | items[0].product_name
					quantity not a number  | {"product_name": "ノートPC", "quantity": "two", "unit_price": 89800}  | items[0].quantity
					fractional quantity    | {"product_name": "ノートPC", "quantity": 1.5, "unit_price": 89800}    | items[0].quantity
					price with a separator | {"product_name": "ノートPC", "quantity": 2, "unit_price": "89,800"}  | items[0].unit_price
					""")
	@SendsInvalidRequests("items with values out of their documented range or type")
	void rejectsAnInvalidItem(String description, String item, String field) {
		rejected(orderJson(OrderMother.uniqueEmail(), "田中太郎", item)).expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).startsWith(field + ": "));
	}

	@Test
	void rejectsAnInvalidEmailAddress() {
		rejected(orderJson("not-an-email", "田中太郎", LAPTOP)).expectBody()
			.jsonPath("$.field")
			.isEqualTo("customer_email")
			.jsonPath("$.detail")
			.isEqualTo("customer_email: must be a valid email address");
	}

	@Test
	void rejectsAnOrderWithoutItems() {
		rejected(orderJson(OrderMother.uniqueEmail(), "田中太郎", "")).expectBody()
			.jsonPath("$.field")
			.isEqualTo("items")
			.jsonPath("$.detail")
			.isEqualTo("items: must contain at least one item");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/orders:  required property 'customer_name' not found")
	void rejectsAnOrderWithoutCustomerName() {
		rejected("""
				{"customer_email": "%s", "items": [%s]}""".formatted(OrderMother.uniqueEmail(), LAPTOP)).expectBody()
			.jsonPath("$.field")
			.isEqualTo("customer_name")
			.jsonPath("$.errors.length()")
			.isEqualTo(1);
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/orders: /currency does not match the regex pattern ^(?:JPY)$")
	void rejectsACurrencyOtherThanYen() {
		rejected("""
				{"customer_email": "%s", "customer_name": "田中太郎", "currency": "USD", "items": [%s]}"""
			.formatted(OrderMother.uniqueEmail(), LAPTOP)).expectBody()
			.jsonPath("$.field")
			.isEqualTo("currency")
			.jsonPath("$.detail")
			.isEqualTo("currency: only JPY is supported");
	}

	@Test
	@SendsInvalidRequests("request body of POST /api/v1/orders is not JSON: Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN])")
	void rejectsMalformedJsonWithoutEchoingTheParserMessage() {
		rejected("{\"customer_email\": \"a@example.co.jp\", \"items\": [").expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The request body is missing or is not valid JSON of the expected shape.")
			.jsonPath("$.field")
			.doesNotExist();
	}

	@Test
	void acceptsAJapaneseNameAndDefaultsTheCurrencyToYen() {
		OrderView order = postJson("/api/v1/orders", orderJson(OrderMother.uniqueEmail(), "山田 美咲（ヤマダ ミサキ）", """
				{"product_name": "マウス", "quantity": 50, "unit_price": 3500}""")).expectStatus()
			.isCreated()
			.expectBody(OrderView.class)
			.returnResult()
			.getResponseBody();

		assertThat(order.customerName()).isEqualTo("山田 美咲（ヤマダ ミサキ）");
		assertThat(order.currency()).isEqualTo("JPY");
		assertThat(order.totalAmount()).isEqualByComparingTo("175000");
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(getOrder(order.id()).customerName()).isEqualTo("山田 美咲（ヤマダ ミサキ）");
	}

	private RestTestClient.ResponseSpec rejected(String json) {
		RestTestClient.ResponseSpec response = postJson("/api/v1/orders", json);
		response.expectStatus().isBadRequest();
		assertThat(this.payments.requests()).as("nothing is charged").isEmpty();
		return response;
	}

}

package com.orderplatform.order.order.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.orderplatform.order.api.OrderStatsView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.json.JsonCompareMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/orders/stats} over HTTP: the JSON of a period (orders placed in July
 * 2033, which no other test uses), the default week in the service's time zone, and a 400
 * naming the parameter for every invalid one.
 */
class OrderStatsApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void answersThePeriodsFiguresPerStatusAndDay() {
		OrderMother.stored(this.repository, OrderMother.laptops(OrderMother.uniqueEmail()), OrderState.PAID,
				Instant.parse("2033-07-01T00:30:00Z"));
		OrderMother.stored(this.repository, OrderMother.laptops(OrderMother.uniqueEmail()), OrderState.PENDING,
				Instant.parse("2033-07-02T16:00:00Z"));

		as("viewer").get()
			.uri("/api/v1/orders/stats?from=2033-07-01&to=2033-07-03&tz=Asia/Tokyo")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"from": "2033-07-01", "to": "2033-07-03", "time_zone": "Asia/Tokyo", "currency": "JPY",
					 "orders": 2, "total_amount": 359200, "revenue": 179600,
					 "status_counts": {"pending": 1, "payment_processing": 0, "paid": 1, "shipped": 0,
					                   "delivered": 0, "cancelled": 0},
					 "days": [
					   {"date": "2033-07-01", "orders": 1, "total_amount": 179600, "revenue": 179600,
					    "status_counts": {"pending": 0, "payment_processing": 0, "paid": 1, "shipped": 0,
					                      "delivered": 0, "cancelled": 0}},
					   {"date": "2033-07-02", "orders": 0, "total_amount": 0, "revenue": 0,
					    "status_counts": {"pending": 0, "payment_processing": 0, "paid": 0, "shipped": 0,
					                      "delivered": 0, "cancelled": 0}},
					   {"date": "2033-07-03", "orders": 1, "total_amount": 179600, "revenue": 0,
					    "status_counts": {"pending": 1, "payment_processing": 0, "paid": 0, "shipped": 0,
					                      "delivered": 0, "cancelled": 0}}]}""", JsonCompareMode.STRICT);
	}

	@Test
	void coversTheLastSevenDaysInTheServicesTimeZoneByDefault() {
		LocalDate before = LocalDate.now(ZoneId.of("Asia/Tokyo"));

		OrderStatsView week = this.http.get()
			.uri("/api/v1/orders/stats")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderStatsView.class)
			.returnResult()
			.getResponseBody();

		LocalDate after = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		assertThat(week.timeZone()).isEqualTo("Asia/Tokyo");
		assertThat(week.to()).isBetween(before, after);
		assertThat(week.from()).isEqualTo(week.to().minusDays(6));
		assertThat(week.days()).hasSize(7);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					not a date            | from=2026-02-30&to=2026-03-01                | from | from: must be a date written as 2026-03-01 but was '2026-02-30'
					not zero-padded       | from=2026-3-1&to=2026-03-01                  | from | from: must be a date written as 2026-03-01 but was '2026-3-1'
					from after to         | from=2026-03-08&to=2026-03-01                | from | from: must not be after to (2026-03-01) but was 2026-03-08
					more than 366 days    | from=2025-02-28&to=2026-03-01                | to   | to: may be at most 366 days after from (2025-02-28) counting both; ask for longer periods in pieces
					before 2000           | from=1999-12-31&to=2000-01-01                | from | from: must be 2000-01-01 or later but was 1999-12-31
					unknown time zone     | from=2026-03-01&to=2026-03-01&tz=Mars/Olympus | tz   | tz: 'Mars/Olympus' is not a time zone; use an IANA name such as Asia/Tokyo or an offset such as +09:00
					""")
	@SendsInvalidRequests("query parameters out of their documented values")
	void refusesAnInvalidParameterNamingIt(String description, String query, String field, String detail) {
		this.http.get()
			.uri("/api/v1/orders/stats?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo(field)
			.jsonPath("$.detail")
			.isEqualTo(detail);
	}

	@Test
	void acceptsExactly366Days() {
		this.http.get()
			.uri("/api/v1/orders/stats?from=2031-03-01&to=2032-02-29&tz=UTC")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.days.length()")
			.isEqualTo(366);
	}

}

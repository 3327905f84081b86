package com.orderplatform.order.order.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.NewOrder;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.order.order.OrderState;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/v1/orders and /api/v1/orders/{id}: paging, filters, newest first, exact
 * totals, and 400/404 problems.
 */
class OrderQueryIntegrationTests extends IntegrationTestSupport {

	private static final Instant START = Instant.parse("2026-01-10T00:00:00Z");

	private String batchId;

	/** Ids of the batch's 25 orders, oldest first; placed a minute apart. */
	private final List<Long> ids = new ArrayList<>();

	@BeforeEach
	void storeABatchOfOrders() {
		this.batchId = "batch-" + UUID.randomUUID();
		for (int i = 0; i < 25; i++) {
			NewOrder order = OrderMother.inBatch("batch-buyer-" + (i % 5) + "-" + this.batchId + "@example.co.jp",
					this.batchId);
			OrderState status = (i % 5 == 0) ? OrderState.PAID : OrderState.PENDING;
			this.ids.add(OrderMother.stored(this.repository, order, status, START.plus(Duration.ofMinutes(i))).id());
		}
	}

	@Test
	void pagesThroughABatchNewestFirstWithTheExactTotal() {
		OrderPage first = list("batch_id=" + this.batchId + "&limit=10");
		OrderPage last = list("batch_id=" + this.batchId + "&skip=20&limit=10");

		assertThat(first.total()).isEqualTo(25);
		assertThat(first.skip()).isZero();
		assertThat(first.limit()).isEqualTo(10);
		assertThat(first.items()).extracting(OrderView::id).containsExactlyElementsOf(newestFirst(0, 10));
		assertThat(last.total()).isEqualTo(25);
		assertThat(last.items()).extracting(OrderView::id).containsExactlyElementsOf(newestFirst(20, 25));
	}

	@Test
	void loadsItemsAndHistoryOfEveryOrderOnThePage() {
		OrderPage page = list("batch_id=" + this.batchId + "&limit=3");

		assertThat(page.items()).hasSize(3).allSatisfy(order -> {
			assertThat(order.batchId()).isEqualTo(this.batchId);
			assertThat(order.totalAmount()).isEqualByComparingTo("135000");
			assertThat(order.items()).singleElement().satisfies(item -> {
				assertThat(item.productName()).isEqualTo("モニター27インチ");
				assertThat(item.subtotal()).isEqualByComparingTo("135000");
			});
			assertThat(order.statusHistory()).isNotEmpty();
		});
	}

	@Test
	void usesTwentyAsTheDefaultPageSize() {
		OrderPage page = list("batch_id=" + this.batchId);

		assertThat(page.limit()).isEqualTo(20);
		assertThat(page.items()).hasSize(20);
		assertThat(page.total()).isEqualTo(25);
	}

	@Test
	void filtersByStatus() {
		OrderPage page = list("batch_id=" + this.batchId + "&status=paid");

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(OrderView::status).containsOnly(OrderStatus.PAID);
		assertThat(page.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(20), this.ids.get(15), this.ids.get(10), this.ids.get(5), this.ids.get(0));
	}

	@Test
	void filtersByCustomerEmail() {
		OrderPage page = list("customer_email=batch-buyer-3-" + this.batchId + "@example.co.jp");

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(23), this.ids.get(18), this.ids.get(13), this.ids.get(8), this.ids.get(3));
	}

	@Test
	void filtersByCreationTimeFromInclusiveToExclusive() {
		Instant from = START.plus(Duration.ofMinutes(5));
		Instant to = START.plus(Duration.ofMinutes(10));

		OrderPage page = list("batch_id=" + this.batchId + "&created_from=" + from + "&created_to=" + to);

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(OrderView::id).containsExactlyElementsOf(newestFirst(15, 20));
		assertThat(page.items()).extracting(OrderView::createdAt).contains(from).doesNotContain(to);
	}

	@Test
	@SendsInvalidRequests("query parameter status of GET /api/v1/orders:  does not have a value in the enumeration [\"pending\", \"payment_processing\", \"paid\", \"shipped\", \"delivered\", \"cancelled\"]")
	void combinesFilters() {
		OrderPage page = list(
				"batch_id=" + this.batchId + "&status=PAID&created_from=" + START.plus(Duration.ofMinutes(6)));

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(20), this.ids.get(15), this.ids.get(10));
	}

	@Test
	void sortsByTheRequestedColumnAcrossPages() {
		OrderPage byEmail = list("batch_id=" + this.batchId + "&sort=customer_email&limit=5");
		OrderPage byEmailDescending = list("batch_id=" + this.batchId + "&sort=-customer_email&skip=5&limit=5");
		OrderPage oldestFirst = list("batch_id=" + this.batchId + "&sort=created_at&limit=3");

		assertThat(byEmail.total()).isEqualTo(25);
		assertThat(byEmail.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(0), this.ids.get(5), this.ids.get(10), this.ids.get(15), this.ids.get(20));
		assertThat(byEmailDescending.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(23), this.ids.get(18), this.ids.get(13), this.ids.get(8), this.ids.get(3));
		assertThat(oldestFirst.items()).extracting(OrderView::id)
			.containsExactly(this.ids.get(0), this.ids.get(1), this.ids.get(2));
	}

	@Test
	void answersTheCollectionWithAndWithoutTrailingSlash() {
		this.http.get()
			.uri("/api/v1/orders/?batch_id=" + this.batchId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(25);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "limit, 101", "limit, 0", "skip, -1", "limit, ten", "status, lost", "created_from, yesterday",
			"created_to, 2026-13-01T00:00:00Z", "sort, price" })
	@SendsInvalidRequests("query parameters out of their documented range or type")
	void rejectsAnInvalidParameterNamingIt(String parameter, String value) {
		this.http.get()
			.uri("/api/v1/orders?" + parameter + "=" + value)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo(parameter);
	}

	@Test
	void readsOneOrderWithItemsAndHistory() {
		long id = this.ids.get(0);

		OrderView order = getOrder(id);

		assertThat(order.id()).isEqualTo(id);
		assertThat(order.status()).isEqualTo(OrderStatus.PAID);
		assertThat(order.createdAt()).isEqualTo(START);
		assertThat(order.statusHistory()).extracting(change -> change.toStatus())
			.containsExactly(OrderStatus.PENDING, OrderStatus.PAYMENT_PROCESSING, OrderStatus.PAID);
		assertThat(order.statusHistory().get(0).fromStatus()).isNull();
	}

	@Test
	void answersNotFoundForAnUnknownOrder() {
		this.http.get()
			.uri("/api/v1/orders/999999999")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType("application/problem+json")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.detail")
			.isEqualTo("Order 999999999 not found");
	}

	@Test
	void answersBadRequestForAnOrderIdThatIsNotANumber() {
		this.http.get()
			.uri("/api/v1/orders/abc")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.field")
			.isEqualTo("order_id");
	}

	private OrderPage list(String query) {
		return this.http.get()
			.uri("/api/v1/orders?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(OrderPage.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * The batch's ids newest first, from position {@code from} to {@code to} (exclusive).
	 */
	private List<Long> newestFirst(int from, int to) {
		List<Long> newestFirst = new ArrayList<>(this.ids);
		Collections.reverse(newestFirst);
		return newestFirst.subList(from, to);
	}

}

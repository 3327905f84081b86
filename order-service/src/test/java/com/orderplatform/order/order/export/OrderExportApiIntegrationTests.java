package com.orderplatform.order.order.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.orderplatform.order.order.IntegrationTestSupport;
import com.orderplatform.order.order.OrderMother;
import com.orderplatform.testsupport.contract.SendsInvalidRequests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/orders/export.csv} over HTTP: an attachment with Excel's content
 * type and a dated name, never cached, readable by a viewer, with the list's filter
 * parameters; every invalid parameter is a 400 problem naming it, before any byte of a
 * file.
 */
class OrderExportApiIntegrationTests extends IntegrationTestSupport {

	@Test
	void answersTheFilteredOrdersAsAnAttachmentAViewerMayDownload() {
		String batch = "export-" + UUID.randomUUID();
		long first = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batch),
				Instant.parse("2026-03-01T00:00:00Z"));
		long second = this.repository.insert(OrderMother.inBatch(OrderMother.uniqueEmail(), batch),
				Instant.parse("2026-03-01T00:00:01Z"));

		EntityExchangeResult<byte[]> result = as("viewer").get()
			.uri("/api/v1/orders/export.csv?batch_id={batch}&tz=UTC", batch)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=UTF-8")
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"orders-\\d{8}-\\d{6}\\.csv\"")
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody(byte[].class)
			.returnResult();

		String csv = new String(result.getResponseBody(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFForder_id,created_at,");
		assertThat(List.of(csv.split("\r\n"))).hasSize(3)
			.element(1)
			.asString()
			.startsWith(first + ",2026-03-01 00:00:00,pending,,");
		assertThat(csv.split("\r\n")[2]).startsWith(second + ",2026-03-01 00:00:01,pending,,")
			.endsWith(",鈴木花子,135000,JPY," + batch + ",モニター27インチ,3,45000,135000,");
	}

	@Test
	void answersWindows31jWhenAsked() {
		this.http.get()
			.uri("/api/v1/orders/export.csv?batch_id=none&encoding=Windows-31J&lang=ja")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("text/csv;charset=windows-31j")
			.expectBody(byte[].class)
			.value(body -> assertThat(new String(body, ExportFormat.WINDOWS_31J))
				.isEqualTo("注文ID,注文日時,ステータス,ステータス理由,メールアドレス,顧客名,注文合計,通貨,バッチID,商品名,数量,単価,小計,備考\r\n"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			textBlock = """
					unknown encoding   | encoding=latin1          | encoding      | encoding: 'latin1' is not supported; use utf-8 (with a byte order mark) or windows-31j
					unknown language   | lang=fr                  | lang          | lang: 'fr' is not supported; use en or ja
					unknown time zone  | tz=Mars/Olympus          | tz            | tz: 'Mars/Olympus' is not a time zone; use an IANA name such as Asia/Tokyo or an offset such as +09:00
					unknown status     | status=lost              | status        | Parameter 'status' has an invalid value 'lost'.
					not an instant     | created_from=2026-03-01  | created_from  | Parameter 'created_from' has an invalid value '2026-03-01'.
					""")
	@SendsInvalidRequests("query parameters out of their documented values")
	void refusesAnInvalidParameterNamingIt(String description, String query, String field, String detail) {
		this.http.get()
			.uri("/api/v1/orders/export.csv?" + query)
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

}

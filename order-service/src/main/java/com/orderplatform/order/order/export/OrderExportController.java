package com.orderplatform.order.order.export;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderReportProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/orders/export.csv}: the orders the list's filters match, as a CSV
 * file Excel opens as it is. Written straight to the response while the orders are read
 * (on the request's own thread, so no asynchronous timeout cuts a large export); every
 * parameter is checked first, so a bad one is a 400 problem, never a broken file. Mapped
 * as a literal path, so it never reaches {@code GET /api/v1/orders/{order_id}}.
 */
@RestController
@Tag(name = "Orders")
class OrderExportController {

	private static final Logger log = LoggerFactory.getLogger(OrderExportController.class);

	private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

	private final OrderExport export;

	private final OrderReportProperties properties;

	OrderExportController(OrderExport export, OrderReportProperties properties) {
		this.export = export;
		this.properties = properties;
	}

	@GetMapping("/api/v1/orders/export.csv")
	@Operation(summary = "Export the orders the list's filters match as CSV, one row per item",
			description = "Columns: order_id, created_at (yyyy-mm-dd hh:mm:ss in 'tz'), status, status_reason, "
					+ "customer_email, customer_name, total_amount, currency, batch_id, product_name, quantity, "
					+ "unit_price, subtotal, notes; oldest first; comma, CRLF; UTF-8 with a byte order mark, or "
					+ "Windows-31J; cells that a spreadsheet could run as a formula get a ' in front. "
					+ "Orders placed after the export started are left out.")
	@ApiResponse(responseCode = "200", description = "The CSV file, streamed")
	@ApiResponse(responseCode = "400",
			description = "A parameter is not valid (status, a date, encoding, lang, tz); the problem names it")
	void export(@RequestParam(required = false) OrderStatus status,
			@RequestParam(name = "customer_email", required = false) String customerEmail,
			@RequestParam(name = "batch_id", required = false) String batchId,
			@Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(name = "created_from",
					required = false) Instant createdFrom,
			@Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(name = "created_to",
					required = false) Instant createdTo,
			@Parameter(description = "utf-8 (default, with a byte order mark) or windows-31j") @RequestParam(
					required = false) String encoding,
			@Parameter(description = "Header language: en (default) or ja") @RequestParam(required = false) String lang,
			@Parameter(description = "Time zone of created_at, e.g. Asia/Tokyo (default: the service's)") @RequestParam(
					required = false) String tz,
			HttpServletResponse response) throws IOException {
		OrderFilter filter = OrderFilter.of(status, customerEmail, batchId, createdFrom, createdTo);
		ExportFormat format = ExportFormat.parse(encoding, lang, this.properties.zone(tz));
		String name = "orders-" + FILE_TIME.format(this.export.now().atZone(format.zone())) + ".csv";
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		long started = System.nanoTime();
		long orders = this.export.write(filter, format, response.getOutputStream());
		log.info("Exported {} orders ({}) in {} ms", orders, format.charset().name(),
				(System.nanoTime() - started) / 1_000_000);
	}

}

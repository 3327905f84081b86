package com.orderplatform.order.order.stats;

import com.orderplatform.order.api.OrderStatsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/orders/stats}: the overview's figures, computed by the database
 * rather than from a sample of orders. Mapped as a literal path, so it never reaches
 * {@code GET /api/v1/orders/{order_id}}.
 */
@RestController
@Tag(name = "Orders")
class OrderStatsController {

	private final OrderStats stats;

	OrderStatsController(OrderStats stats) {
		this.stats = stats;
	}

	@GetMapping("/api/v1/orders/stats")
	@Operation(summary = "Figures of the orders placed in a period of days",
			description = "Counts by current status, total and revenue (paid, shipped or delivered), overall and for "
					+ "every day from 'from' to 'to' (both inclusive, at most 366 days) in the time zone 'tz' "
					+ "(default: the service's, Asia/Tokyo). Without parameters: the last 7 days up to today.")
	@ApiResponse(responseCode = "200", description = "The figures, days without orders included")
	@ApiResponse(responseCode = "400",
			description = "A parameter is not valid (a date that is not yyyy-mm-dd, from after to, "
					+ "more than 366 days, an unknown time zone); the problem names it in 'field'")
	OrderStatsView stats(
			@Parameter(description = "First day, yyyy-mm-dd; default: six days before 'to'") @RequestParam(
					required = false) String from,
			@Parameter(description = "Last day (inclusive), yyyy-mm-dd; default: today") @RequestParam(
					required = false) String to,
			@Parameter(description = "IANA time zone or offset, e.g. Asia/Tokyo or +09:00") @RequestParam(
					required = false) String tz) {
		return this.stats.between(from, to, tz);
	}

}

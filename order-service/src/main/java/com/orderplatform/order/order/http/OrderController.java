package com.orderplatform.order.order.http;

import java.net.URI;
import java.time.Instant;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.order.api.OrderPage;
import com.orderplatform.order.api.OrderStatus;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PlaceOrderRequest;
import com.orderplatform.order.api.UpdateOrderStatusRequest;
import com.orderplatform.order.order.OrderFilter;
import com.orderplatform.order.order.OrderSort;
import com.orderplatform.order.order.flow.OrderService;
import com.orderplatform.order.order.flow.OrderStatusService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** The orders API ({@code /api/v1/orders}, with or without a trailing slash). */
@RestController
@RequestMapping("/api/v1/orders")
@Tag(name = "Orders", description = "Place, list, read, update and cancel orders")
class OrderController {

	private final OrderService orders;

	private final OrderStatusService statuses;

	OrderController(OrderService orders, OrderStatusService statuses) {
		this.orders = orders;
		this.statuses = statuses;
	}

	@PostMapping({ "", "/" })
	@Operation(summary = "Place an order and charge it",
			description = "201 with the order: paid, or pending with status_reason saying why the payment failed")
	@ApiResponse(responseCode = "201",
			description = "The order: paid, or pending with status_reason saying why the payment failed",
			useReturnTypeSchema = true)
	ResponseEntity<OrderView> place(@Valid @RequestBody PlaceOrderRequest request, UriComponentsBuilder uri) {
		OrderView order = OrderViews.view(this.orders.place(request));
		URI location = uri.path("/api/v1/orders/{order_id}").buildAndExpand(order.id()).toUri();
		return ResponseEntity.created(location).body(order);
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "List orders, newest first unless sort says otherwise",
			description = "created_from is inclusive, created_to exclusive (ISO-8601 instants); sort is one of "
					+ "created_at, total_amount, customer_email, status, id, with a leading - for descending "
					+ "(default -created_at); ties are broken by id")
	OrderPage list(@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) OrderStatus status,
			@RequestParam(name = "customer_email", required = false) String customerEmail,
			@RequestParam(name = "batch_id", required = false) String batchId,
			@RequestParam(name = "created_from", required = false) Instant createdFrom,
			@RequestParam(name = "created_to", required = false) Instant createdTo,
			@RequestParam(required = false) String sort) {
		OrderService.Page page = this.orders.list(
				OrderFilter.of(status, customerEmail, batchId, createdFrom, createdTo), OrderSort.parse(sort), skip,
				limit);
		return new OrderPage(page.orders().stream().map(OrderViews::view).toList(), page.total(), skip, limit);
	}

	@GetMapping("/{order_id}")
	@Operation(summary = "Read an order with its items and status history")
	OrderView get(@PathVariable("order_id") long orderId) {
		return OrderViews.view(this.orders.get(orderId));
	}

	@PutMapping("/{order_id}/status")
	@Operation(summary = "Move an order to shipped, delivered or cancelled",
			description = "409 when the order's status does not lead there, or for a status only the payment flow sets")
	@ProblemStatus(value = 409,
			when = "The order status does not lead there, or the status is one only the payment flow sets")
	@ProblemStatus(value = 503,
			when = "Cancelling needs a refund and the payment service cannot be reached; nothing changed")
	OrderView updateStatus(@PathVariable("order_id") long orderId,
			@Valid @RequestBody UpdateOrderStatusRequest request) {
		return OrderViews.view(this.statuses.update(orderId, request));
	}

	@DeleteMapping("/{order_id}")
	@Operation(summary = "Cancel an order, refunding its payment first",
			description = "503 when the payment service cannot be reached: the order is not cancelled, try again")
	@ProblemStatus(value = 409, when = "The order cannot be cancelled in its status, or its refund was refused")
	@ProblemStatus(value = 503,
			when = "The refund could not be made now (the payment service cannot be reached); nothing changed")
	OrderView cancel(@PathVariable("order_id") long orderId,
			@RequestParam(required = false) @Size(max = 500) String reason) {
		return OrderViews.view(this.statuses.cancel(orderId, reason));
	}

}

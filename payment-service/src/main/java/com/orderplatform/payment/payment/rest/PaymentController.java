package com.orderplatform.payment.payment.rest;

import java.net.URI;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.payment.api.PaymentPage;
import com.orderplatform.payment.api.PaymentStatus;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.api.ProcessPaymentRequest;
import com.orderplatform.payment.payment.Payment;
import com.orderplatform.payment.payment.PaymentList;
import com.orderplatform.payment.payment.PaymentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /api/v1/payments}: pay an order, read payments, list them.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "Pay single orders and in batches, read payments")
class PaymentController {

	private final PaymentService payments;

	PaymentController(PaymentService payments) {
		this.payments = payments;
	}

	@PostMapping({ "", "/" })
	@Operation(summary = "Pay one order (100 to 1,000,000 JPY, one payment per order)",
			description = "201 completed; 400 invalid amount, currency or a duplicate; 402 declined by the gateway.")
	@ApiResponse(responseCode = "201", description = "The payment", useReturnTypeSchema = true)
	@ProblemStatus(value = 402,
			when = "The gateway declined the charge; the payment is stored as failed with the reason")
	ResponseEntity<PaymentView> process(@Valid @RequestBody ProcessPaymentRequest request) {
		Payment payment = this.payments.process(request);
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/payments/{id}")
			.buildAndExpand(payment.id())
			.toUri();
		return ResponseEntity.created(location).body(PaymentViews.of(payment));
	}

	@GetMapping("/{payment_id}")
	@Operation(summary = "Read a payment by its id")
	PaymentView get(@PathVariable("payment_id") long paymentId) {
		return PaymentViews.of(this.payments.find(paymentId));
	}

	@GetMapping("/order/{order_id}")
	@Operation(summary = "Read the payment of an order")
	PaymentView getByOrder(@PathVariable("order_id") long orderId) {
		return PaymentViews.of(this.payments.findByOrder(orderId));
	}

	@GetMapping({ "", "/" })
	@Operation(summary = "List payments, newest first",
			description = "Filtered by status and by the batch that made them (batch_id), for reconciliation.")
	PaymentPage list(@RequestParam(required = false) PaymentStatus status,
			@RequestParam(name = "batch_id", required = false) String batchId,
			@RequestParam(defaultValue = "0") @Min(0) int skip,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		PaymentList list = this.payments.list(status, (batchId == null || batchId.isBlank()) ? null : batchId, skip,
				limit);
		return new PaymentPage(list.payments().stream().map(PaymentViews::of).toList(), list.total(), skip, limit);
	}

}

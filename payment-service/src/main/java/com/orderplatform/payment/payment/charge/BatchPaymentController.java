package com.orderplatform.payment.payment.charge;

import java.util.concurrent.CompletableFuture;

import com.orderplatform.payment.api.BatchPaymentRequest;
import com.orderplatform.payment.api.BatchPaymentResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/batch}: pay many orders in one request. The batch is paid
 * on a background worker ({@link BatchPaymentService#payInBackground}), which frees the
 * request thread; the answer and the errors are the same.
 */
@RestController
@Tag(name = "Payments")
class BatchPaymentController {

	private final BatchPaymentService batches;

	BatchPaymentController(BatchPaymentService batches) {
		this.batches = batches;
	}

	@PostMapping("/api/v1/payments/batch")
	@Operation(summary = "Pay many orders, each on its own (at most 1,000 by default)",
			description = "200 with one result per item in request order: completed, failed (invalid or declined) "
					+ "or already_paid. Sending the same batch again answers the same and charges nothing twice. "
					+ "400 for a missing or malformed batch_id, too many items, or an order named twice.")
	CompletableFuture<BatchPaymentResponse> pay(@Valid @RequestBody BatchPaymentRequest request) {
		return this.batches.payInBackground(request);
	}

}

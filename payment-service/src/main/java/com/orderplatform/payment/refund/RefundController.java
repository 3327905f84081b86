package com.orderplatform.payment.refund;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.payment.api.RefundRequest;
import com.orderplatform.payment.api.RefundView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/refund}: refund a completed payment in full.
 */
@RestController
@Tag(name = "Refunds", description = "Refund a completed payment in full")
class RefundController {

	private final RefundService refunds;

	RefundController(RefundService refunds) {
		this.refunds = refunds;
	}

	@PostMapping("/api/v1/payments/refund")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Refund a completed payment in full",
			description = "201 with the refund; 404 unknown payment; 409 not completed or already refunded.")
	@ProblemStatus(value = 404, when = "No such payment")
	@ProblemStatus(value = 409, when = "The payment cannot be refunded in its status (already refunded, failed)")
	RefundView refund(@Valid @RequestBody RefundRequest request) {
		Refund refund = this.refunds.refund(request.paymentId(), request.reason());
		return new RefundView(refund.id(), refund.paymentId(), refund.orderId(), refund.amount(), refund.reason(),
				refund.status(), refund.createdAt());
	}

}

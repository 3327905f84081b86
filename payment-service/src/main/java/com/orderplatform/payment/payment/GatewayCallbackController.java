package com.orderplatform.payment.payment;

import com.orderplatform.payment.api.GatewayCallbackRequest;
import com.orderplatform.payment.api.PaymentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/payments/webhook}: the payment gateway reports a transaction's
 * outcome.
 */
@RestController
@Tag(name = "Payment gateway callbacks")
class GatewayCallbackController {

	private final GatewayCallbackService callbacks;

	GatewayCallbackController(GatewayCallbackService callbacks) {
		this.callbacks = callbacks;
	}

	@PostMapping("/api/v1/payments/webhook")
	@Operation(summary = "Receive the payment gateway's callback",
			description = "200 with the payment; a repeated outcome changes nothing; 404 unknown transaction; "
					+ "409 an outcome contradicting the stored one.")
	PaymentView receive(@Valid @RequestBody GatewayCallbackRequest callback) {
		return PaymentViews.of(this.callbacks.apply(callback));
	}

}

package com.orderplatform.payment.payment.callback;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.payment.api.GatewayCallbackRequest;
import com.orderplatform.payment.api.PaymentView;
import com.orderplatform.payment.gateway.GatewayProperties;
import com.orderplatform.payment.payment.rest.PaymentViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
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
@Tag(name = "Payment gateway callbacks", description = "Called by the payment gateway, signed")
class GatewayCallbackController {

	private final GatewayCallbackService callbacks;

	GatewayCallbackController(GatewayCallbackService callbacks) {
		this.callbacks = callbacks;
	}

	@PostMapping("/api/v1/payments/webhook")
	@SignedWebhook(GatewayProperties.CALLBACK_SECRET_NAME)
	@SecurityRequirements
	@Operation(summary = "Receive the payment gateway's callback",
			description = "200 with the payment; a repeated outcome changes nothing; 404 unknown transaction; "
					+ "409 an outcome contradicting the stored one. Signed by the gateway with X-OMS-Signature "
					+ "(HMAC-SHA256 of '<t>\\n<METHOD>\\n<path>\\n<body>', OMS_GATEWAY_CALLBACK_SECRET); 401 without a "
					+ "valid, fresh signature.")
	@ProblemStatus(value = 404, when = "No payment has that transaction id")
	@ProblemStatus(value = 409, when = "The outcome contradicts the one stored")
	PaymentView receive(@Valid @RequestBody GatewayCallbackRequest callback) {
		return PaymentViews.of(this.callbacks.apply(callback));
	}

}

package com.orderplatform.order.order.http;

import com.orderplatform.common.openapi.ProblemStatus;
import com.orderplatform.common.security.SignedWebhook;
import com.orderplatform.order.api.OrderView;
import com.orderplatform.order.api.PaymentWebhookRequest;
import com.orderplatform.order.order.flow.PaymentWebhookService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment service's callback about an order's payment. It carries no token: an HMAC
 * signature of its method, path and body ({@code X-OMS-Signature}), checked on this
 * handler while its body is read ({@link SignedWebhook}), is its authentication.
 */
@RestController
@Tag(name = "Payment webhook", description = "Called by the payment service")
class PaymentWebhookController {

	private final PaymentWebhookService webhooks;

	PaymentWebhookController(PaymentWebhookService webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/api/v1/orders/{order_id}/webhook")
	@SignedWebhook(PaymentWebhookService.SIGNING_SECRET)
	@SecurityRequirements
	@Operation(summary = "Report a payment's status (completed, failed, refunded)",
			description = "Idempotent; 200 with the order afterwards. Signed with X-OMS-Signature "
					+ "(HMAC-SHA256 of '<t>\\n<METHOD>\\n<path>\\n<body>', OMS_WEBHOOK_SECRET): 401 without a valid, "
					+ "fresh signature for this very order; 409 when the payment service does not confirm the "
					+ "transaction")
	@ProblemStatus(value = 409,
			when = "The payment service does not confirm the reported payment, or the order cannot move there")
	@ProblemStatus(value = 503,
			when = "The payment service cannot be reached to confirm the report; send it again later")
	OrderView paymentStatus(@PathVariable("order_id") long orderId, @Valid @RequestBody PaymentWebhookRequest request) {
		return OrderViews.view(this.webhooks.handle(orderId, request));
	}

}

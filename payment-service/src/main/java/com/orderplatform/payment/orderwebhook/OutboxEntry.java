package com.orderplatform.payment.orderwebhook;

/**
 * A webhook owed to the order service, as the outbox holds it.
 *
 * @param id the event's stable id, the same at every attempt ({@code X-OMS-Event-Id})
 * @param paymentId the payment whose status changed
 * @param orderId its order, whose webhook path the call goes to
 * @param eventType what happened, e.g. {@code payment.completed}
 * @param payload the exact JSON to send
 * @param requestId the request that caused the change, sent as {@code X-Request-Id};
 * {@code null} when there was none
 * @param attempts the attempts made before this one
 */
record OutboxEntry(String id, long paymentId, long orderId, String eventType, String payload, String requestId,
		int attempts) {

	/**
	 * The order's webhook path.
	 * @return e.g. {@code /api/v1/orders/42/webhook}
	 */
	String path() {
		return "/api/v1/orders/" + this.orderId + "/webhook";
	}

}

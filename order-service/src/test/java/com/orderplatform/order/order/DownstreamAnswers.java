package com.orderplatform.order.order;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the payment and notification services answer, following their contracts
 * ({@code payment-api}, {@code notification-api}): a completed payment echoing the order
 * and amount, the payment of an order (id 1000 + order id), a refund, a recorded
 * notification, and RFC 9457 problems.
 */
public final class DownstreamAnswers {

	public static final String TIME = "2026-03-02T09:30:00Z";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PAYMENT_OF_ORDER = Pattern.compile("/api/v1/payments/order/(\\d+)");

	private DownstreamAnswers() {
	}

	public static long paymentIdOf(long orderId) {
		return 1000 + orderId;
	}

	/** The payment service when all goes well. */
	public static MockResponse payments(RecordedRequest request) {
		String target = request.getTarget();
		Matcher paymentOfOrder = PAYMENT_OF_ORDER.matcher(target);
		if ("POST".equals(request.getMethod()) && "/api/v1/payments".equals(target)) {
			JsonNode body = StubService.json(request);
			return json(201, payment(body.get("order_id").asLong(), body.get("amount").decimalValue(), "completed"));
		}
		if ("GET".equals(request.getMethod()) && paymentOfOrder.matches()) {
			return json(200, payment(Long.parseLong(paymentOfOrder.group(1)), 179600, "completed"));
		}
		if ("POST".equals(request.getMethod()) && "/api/v1/payments/refund".equals(target)) {
			JsonNode body = StubService.json(request);
			Map<String, Object> refund = new LinkedHashMap<>();
			refund.put("id", 55);
			refund.put("payment_id", body.get("payment_id").asLong());
			refund.put("order_id", body.get("payment_id").asLong() - 1000);
			refund.put("amount", 179600);
			refund.put("reason", body.get("reason").asString());
			refund.put("status", "completed");
			refund.put("created_at", TIME);
			return json(201, refund);
		}
		return problem(404, "No route for " + request.getMethod() + " " + target);
	}

	/** The payment service when the order has no payment. */
	public static MockResponse noPayment(RecordedRequest request) {
		return problem(404, "No payment for this order");
	}

	/** The payment of an order in the given payment status. */
	public static MockResponse paymentOfOrder(RecordedRequest request, String status) {
		Matcher matcher = PAYMENT_OF_ORDER.matcher(request.getTarget());
		if (!matcher.matches()) {
			return problem(404, "unexpected " + request.getTarget());
		}
		return json(200, payment(Long.parseLong(matcher.group(1)), 179600, status));
	}

	/** The notification service when all goes well. */
	public static MockResponse notifications(RecordedRequest request) {
		JsonNode body = StubService.json(request);
		Map<String, Object> notification = new LinkedHashMap<>();
		notification.put("id", 77);
		notification.put("order_id", body.get("order_id").asLong());
		notification.put("channel", "email");
		notification.put("template_name", body.get("template_name").asString());
		notification.put("recipient", body.get("to_email").asString());
		notification.put("subject", "ご注文確認");
		notification.put("body", "...");
		notification.put("status", "sent");
		notification.put("failure_reason", null);
		notification.put("sent_at", TIME);
		notification.put("created_at", TIME);
		return json(201, notification);
	}

	public static MockResponse problem(int status, String detail) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("status", status);
		problem.put("detail", detail);
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/problem+json")
			.body(JSON.writeValueAsString(problem))
			.build();
	}

	public static MockResponse status(int status) {
		return new MockResponse.Builder().code(status).build();
	}

	private static Map<String, Object> payment(long orderId, Object amount, String status) {
		Map<String, Object> payment = new LinkedHashMap<>();
		payment.put("id", paymentIdOf(orderId));
		payment.put("order_id", orderId);
		payment.put("amount", amount);
		payment.put("currency", "JPY");
		payment.put("status", status);
		payment.put("payment_method", "credit_card");
		payment.put("transaction_id", "txn-" + orderId);
		payment.put("failure_reason", null);
		payment.put("created_at", TIME);
		payment.put("updated_at", TIME);
		return payment;
	}

	private static MockResponse json(int status, Map<String, Object> body) {
		return new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.body(JSON.writeValueAsString(body))
			.build();
	}

}

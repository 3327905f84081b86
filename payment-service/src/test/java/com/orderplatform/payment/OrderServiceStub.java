package com.orderplatform.payment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A real HTTP server standing in for the order service, shared by every test in the JVM
 * (so cached Spring contexts can point at it). It records every request and accepts
 * webhooks with 200, except for orders a test declared unavailable, which get 503. Tests
 * tell their requests apart by order id, so they never see each other's webhooks.
 */
public final class OrderServiceStub {

	private static final OrderServiceStub INSTANCE = new OrderServiceStub();

	private final MockWebServer server = new MockWebServer();

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Set<String> unavailablePaths = ConcurrentHashMap.newKeySet();

	private OrderServiceStub() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				OrderServiceStub.this.requests.add(request);
				int code = OrderServiceStub.this.unavailablePaths.contains(request.getTarget()) ? 503 : 200;
				return new MockResponse.Builder().code(code).build();
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the order service stub", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::close, "order-service-stub-stop"));
	}

	/**
	 * The stub.
	 * @return the one stub of this JVM
	 */
	public static OrderServiceStub instance() {
		return INSTANCE;
	}

	/**
	 * The stub's root URL, for {@code oms.order-service.base-url}.
	 * @return the URL
	 */
	public String baseUrl() {
		return this.server.url("/").toString();
	}

	/**
	 * The webhook calls received for an order, oldest first.
	 * @param orderId the order
	 * @return its webhook requests
	 */
	public List<RecordedRequest> webhooksFor(long orderId) {
		String path = webhookPath(orderId);
		return this.requests.stream().filter(request -> path.equals(request.getTarget())).toList();
	}

	/**
	 * Makes the order service answer 503 to every webhook of an order.
	 * @param orderId the order
	 */
	public void makeUnavailableFor(long orderId) {
		this.unavailablePaths.add(webhookPath(orderId));
	}

	/**
	 * The path of an order's payment webhook.
	 * @param orderId the order
	 * @return the path
	 */
	public static String webhookPath(long orderId) {
		return "/api/v1/orders/" + orderId + "/webhook";
	}

}

package com.orderplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's HTTP API as the benchmark uses it: one keep-alive JDK {@link HttpClient}
 * (HTTP/1.1), an admin token on every call.
 */
final class PlatformApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI order;

	private final URI payment;

	private final URI notification;

	private String token;

	PlatformApi(URI order, URI payment, URI notification) {
		this.order = order;
		this.payment = payment;
		this.notification = notification;
	}

	URI order() {
		return this.order;
	}

	HttpClient http() {
		return this.http;
	}

	/**
	 * Logs in and keeps the token for every later call.
	 * @param username the user
	 * @param password the password
	 */
	void login(String username, String password) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(this.order.resolve("/api/v1/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("username", username, "password", password))))
			.build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Login of " + username + " failed: " + response.body());
		}
		this.token = JSON.readTree(response.body()).get("access_token").asString();
	}

	/**
	 * A request builder for the order service carrying the token.
	 * @param path the path
	 * @return the builder
	 */
	HttpRequest.Builder orderRequest(String path) {
		return authorized(this.order.resolve(path));
	}

	JsonNode getOrder(String path) {
		return getJson(this.order.resolve(path));
	}

	/**
	 * The {@code total} of a paged list of the payment service.
	 * @param path the list's path and query
	 * @return the total
	 */
	long paymentTotal(String path) {
		return getJson(this.payment.resolve(path)).get("total").asLong();
	}

	long notificationTotal(String path) {
		return getJson(this.notification.resolve(path)).get("total").asLong();
	}

	/**
	 * Uploads a CSV file to {@code POST /api/v1/imports}, streamed from disk.
	 * @param file the file
	 * @param fields the form fields
	 * @return the new job's id
	 */
	String upload(Path file, Map<String, String> fields) {
		String boundary = "----oms-bench-" + System.nanoTime();
		StringBuilder head = new StringBuilder();
		fields.forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(file.getFileName())
			.append("\"\r\nContent-Type: text/csv\r\n\r\n");
		HttpRequest.BodyPublisher body;
		try {
			body = HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers
						.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		HttpResponse<String> response = send(
				orderRequest("/api/v1/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(body)
					.build());
		if (response.statusCode() != 202) {
			throw new IllegalStateException(
					"Upload of " + file + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body()).get("id").asString();
	}

	/**
	 * Places one order through {@code POST /api/v1/orders}.
	 * @param row the order's only line
	 * @return the HTTP status
	 */
	int placeOrder(OrderRow row) {
		return send(placeOrderRequest(row)).statusCode();
	}

	HttpRequest placeOrderRequest(OrderRow row) {
		return orderRequest("/api/v1/orders").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(orderJson(row)))
			.build();
	}

	static String orderJson(OrderRow row) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("product_name", row.productName());
		item.put("quantity", row.quantity());
		item.put("unit_price", row.unitPrice());
		Map<String, Object> order = new LinkedHashMap<>();
		order.put("customer_email", row.customerEmail());
		order.put("customer_name", row.customerName());
		order.put("currency", "JPY");
		order.put("items", List.of(item));
		return JSON.writeValueAsString(order);
	}

	/**
	 * Downloads a file of the order service to the last byte, counting bytes and line
	 * feeds without keeping it.
	 * @param path the path and query
	 * @return the status, the bytes and the line feeds
	 */
	Download download(String path) {
		HttpResponse<java.io.InputStream> response;
		try {
			response = this.http.send(orderRequest(path).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		long bytes = 0;
		long lineFeeds = 0;
		byte[] buffer = new byte[64 * 1024];
		try (java.io.InputStream body = response.body()) {
			for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
				bytes += read;
				for (int i = 0; i < read; i++) {
					lineFeeds += (buffer[i] == '\n') ? 1 : 0;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + path + " broke off", ex);
		}
		return new Download(response.statusCode(), bytes, lineFeeds);
	}

	/**
	 * A downloaded file's size.
	 *
	 * @param status the HTTP status
	 * @param bytes the body's bytes
	 * @param lineFeeds the body's line feeds
	 */
	record Download(int status, long bytes, long lineFeeds) {
	}

	private JsonNode getJson(URI uri) {
		HttpResponse<String> response = send(authorized(uri).GET().build());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(
					"GET " + uri + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

	private HttpRequest.Builder authorized(URI uri) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}

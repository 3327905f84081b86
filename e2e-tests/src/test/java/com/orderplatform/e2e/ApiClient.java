package com.orderplatform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.orderplatform.common.json.JsonConventions;
import com.orderplatform.testsupport.contract.Exchange;
import com.orderplatform.testsupport.contract.ServiceContracts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the tests, speaking the platform's JSON conventions, so the
 * tests call the services exactly as any other client would.
 */
final class ApiClient {

	static final JsonMapper JSON = JsonConventions.apply(JsonMapper.builder()).build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String bearerToken;

	ApiClient() {
		this(null);
	}

	private ApiClient(String bearerToken) {
		this.bearerToken = bearerToken;
	}

	/**
	 * A client that sends the given token on every request.
	 * @param token the access token
	 * @return the client
	 */
	ApiClient withToken(String token) {
		return new ApiClient(token);
	}

	/**
	 * Logs in at the order service.
	 * @param orderService the order service's base URI
	 * @param username the user
	 * @param password the password
	 * @return a client carrying the user's token
	 */
	ApiClient login(URI orderService, String username, String password) {
		Response response = post(orderService, "/api/v1/auth/login",
				java.util.Map.of("username", username, "password", password));
		if (response.status() != 200) {
			throw new IllegalStateException("Login of " + username + " failed: " + response.body());
		}
		return withToken(response.json().get("access_token").asString());
	}

	/** The token this client sends, for tests that speak raw HTTP. */
	String token() {
		return this.bearerToken;
	}

	Response get(URI base, String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET(), null, new byte[0]);
	}

	/** A POST without a body, as the action endpoints take it ({@code /retry}). */
	Response postEmpty(URI base, String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()), null,
				new byte[0]);
	}

	Response post(URI base, String path, Object body) {
		return postRaw(base, path, JSON.writeValueAsString(body), java.util.Map.of());
	}

	Response postRaw(URI base, String path, String body, java.util.Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/**
	 * Uploads a file as {@code multipart/form-data}, as a browser form would.
	 * @param base the service
	 * @param path the path
	 * @param fields the form fields besides the file
	 * @param fileName the file's name
	 * @param content the file's bytes, sent as they are
	 * @return the response
	 */
	Response postFile(URI base, String path, java.util.Map<String, String> fields, String fileName, byte[] content) {
		String boundary = "----oms-e2e-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return send(
				HttpRequest.newBuilder(base.resolve(path))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				"multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	Response put(URI base, String path, Object body) {
		byte[] json = JSON.writeValueAsBytes(body);
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(json)), "application/json", json);
	}

	Response patch(URI base, String path, Object body) {
		byte[] json = JSON.writeValueAsBytes(body);
		return send(HttpRequest.newBuilder(base.resolve(path))
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofByteArray(json)), "application/json", json);
	}

	Response delete(URI base, String path) {
		return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), null, new byte[0]);
	}

	/**
	 * Sends the request and checks the exchange against the called service's OpenAPI
	 * document (test-support's contract check), as the services' own tests do.
	 */
	private Response send(HttpRequest.Builder builder, String contentType, byte[] body) {
		if (this.bearerToken != null) {
			builder.header("Authorization", "Bearer " + this.bearerToken);
		}
		try {
			HttpRequest request = builder.timeout(Duration.ofSeconds(60)).build();
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			java.util.Map<String, String> headers = new java.util.HashMap<>();
			request.headers()
				.map()
				.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
			ServiceContracts.check(request.uri(),
					new Exchange(request.method(), request.uri().getPath(), Exchange.query(request.uri().getRawQuery()),
							headers, contentType, body, response.statusCode(),
							response.headers().firstValue("Content-Type").orElse(null),
							response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("X-Request-Id").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response: its status, raw body and request id.
	 */
	record Response(int status, String body, String requestId) {

		<T> T as(Class<T> type) {
			return JSON.readValue(this.body, type);
		}

		<T> T as(TypeReference<T> type) {
			return JSON.readValue(this.body, type);
		}

		JsonNode json() {
			return JSON.readTree(this.body);
		}

	}

}

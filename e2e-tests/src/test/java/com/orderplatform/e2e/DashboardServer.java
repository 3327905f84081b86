package com.orderplatform.e2e;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the built dashboard ({@code dashboard/dist}) as a static single-page app on
 * 127.0.0.1, with a {@code config.json} pointing it at the services of this test run, and
 * {@code index.html} for every path that is not a file (client-side routes).
 */
final class DashboardServer implements AutoCloseable {

	private static final Map<String, String> CONTENT_TYPES = Map.of("html", "text/html; charset=utf-8", "js",
			"text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json",
			"application/json; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

	private final HttpServer server;

	private final Path root;

	private final byte[] config;

	DashboardServer(Path root, int port, Platform platform) {
		this.root = root.toAbsolutePath().normalize();
		this.config = ("{\"order_url\": \"" + platform.order.baseUri() + "\", \"payment_url\": \""
				+ platform.payment.baseUri() + "\", \"notification_url\": \"" + platform.notification.baseUri() + "\"}")
			.getBytes(StandardCharsets.UTF_8);
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot serve the dashboard on port " + port, ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/config.json")) {
				send(exchange, "json", this.config);
				return;
			}
			Path file = this.root.resolve(path.substring(1)).normalize();
			if (!file.startsWith(this.root) || !Files.isRegularFile(file)) {
				file = this.root.resolve("index.html");
			}
			String name = file.getFileName().toString();
			send(exchange, name.substring(name.lastIndexOf('.') + 1), Files.readAllBytes(file));
		}
	}

	private static void send(HttpExchange exchange, String extension, byte[] body) throws IOException {
		exchange.getResponseHeaders()
			.set("Content-Type", CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"));
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}

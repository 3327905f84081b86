package com.orderplatform.order;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A payment or notification service as far as revocations go: a real HTTP server that
 * records each {@code POST /api/v1/auth/revocations} (its {@code Authorization} header
 * and body) and answers 204, as the real ones do.
 */
public final class RevocationPeer {

	private final HttpServer server;

	private final List<Push> pushes = new CopyOnWriteArrayList<>();

	private RevocationPeer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/v1/auth/revocations", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			this.pushes.add(new Push(exchange.getRequestMethod(),
					exchange.getRequestHeaders().getFirst("Authorization"), new String(body, StandardCharsets.UTF_8)));
			exchange.sendResponseHeaders(204, -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.flush();
			}
		});
		this.server.start();
	}

	static RevocationPeer start() {
		try {
			return new RevocationPeer();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The base URL. */
	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** What was pushed so far, oldest first. */
	public List<Push> pushes() {
		return List.copyOf(this.pushes);
	}

	/**
	 * One push received.
	 *
	 * @param method the HTTP method
	 * @param authorization the {@code Authorization} header
	 * @param body the JSON body
	 */
	public record Push(String method, String authorization, String body) {
	}

}

package com.orderplatform.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: the request target goes out
 * exactly as written ({@code /api/v1/orders/1/%77ebhook}, {@code //}, {@code ;x},
 * {@code /./}), which clients built on {@code java.net.URI} refuse or normalise. One
 * request per connection.
 */
public final class RawHttp {

	private static final int TIMEOUT_MILLIS = 10_000;

	private RawHttp() {
	}

	/**
	 * A response.
	 *
	 * @param status the status code
	 * @param headers the headers, names in lower case
	 * @param body the body as text (UTF-8)
	 */
	public record Response(int status, Map<String, String> headers, String body) {

		/**
		 * A header's value.
		 * @param name the name, any case
		 * @return the value, or {@code null}
		 */
		public String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	/**
	 * Sends one request and reads the whole answer.
	 * @param port the port on localhost
	 * @param method the method
	 * @param target the request target, sent as is
	 * @param headers extra headers (name → value)
	 * @param body the body, {@code null} for none
	 * @return the response
	 */
	public static Response send(int port, String method, String target, Map<String, String> headers, byte[] body) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
			head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			if (body != null) {
				head.append("Content-Length: ").append(body.length).append("\r\n");
			}
			out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
			if (body != null) {
				out.write(body);
			}
			out.flush();
			return parse(socket.getInputStream().readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Request " + method + " " + target + " failed", ex);
		}
	}

	/**
	 * Reads the status line of a response as it arrives.
	 * @param in the connection's input
	 * @return the status code
	 * @throws IOException when the connection fails or closes first
	 */
	public static int readStatus(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("The connection closed before a status line: " + line);
			}
			line.write(b);
		}
		String[] parts = line.toString(StandardCharsets.ISO_8859_1).split(" ", 3);
		return Integer.parseInt(parts[1]);
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("Not an HTTP response: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
					lines[i].substring(colon + 1).trim());
		}
		// ISO-8859-1 maps each byte to one char, so offsets in the text are byte offsets.
		String body = text.substring(end + 4);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = unchunk(body);
		}
		return new Response(Integer.parseInt(lines[0].split(" ", 3)[1]), headers,
				new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	private static String unchunk(String chunked) {
		StringBuilder body = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = chunked.indexOf("\r\n", at);
			int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
			if (size == 0) {
				return body.toString();
			}
			body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

}
